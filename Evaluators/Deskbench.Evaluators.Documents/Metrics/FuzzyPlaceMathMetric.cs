using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Text;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>fuzzy_place_math(result_file_path, rules)</c>: splits the Word document's paragraphs into whitespace-separated words;
/// each word scores its best <c>fuzz.ratio</c> / 100 against <c>rules["expected"]</c> (a list of answers). Exactly three
/// words are required (else 0); the score is their mean. None → 0; a missing or non-docx file raises.
/// </summary>
public sealed class FuzzyPlaceMathMetric : IMetric
{
    public string Name => "fuzzy_place_math";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        if (call.Result is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var answers = PythonIndexing.Iterate(PythonIndexing.GetItem(rules, "expected")).Select(PythonFormatting.Str).ToList();
        var words = DocxDocument.Open(Name, PythonIndexing.AsPath(call.Result)).Paragraphs
            .SelectMany(paragraph => paragraph.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        if (words.Count != 3)
        {
            return ValueTask.FromResult(0.0);
        }

        var scores = words.Select(word => answers.Select(answer => FuzzRatio.Ratio(word, answer) / 100).DefaultIfEmpty(0).Max());
        return ValueTask.FromResult(scores.Sum() / 3);
    }
}

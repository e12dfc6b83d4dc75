using System.Globalization;
using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>evaluate_colored_words_in_tables(file1, file2, threshold=3.5)</c> (docs.py): compare_docx_files must pass, then every
/// non-empty run in the first document's tables must be red (words starting with a vowel) or blue (others) within a
/// CIEDE2000 difference of the threshold. A run without an explicit colour makes OSWorld raise (None has no RGB).
/// </summary>
public sealed class EvaluateColoredWordsInTablesMetric : IMetric
{
    public string Name => "evaluate_colored_words_in_tables";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name, "threshold");
        var path1 = PythonValues.AsString(call.Result);
        var path2 = PythonValues.AsString(call.RequireExpected(Name));
        if (string.IsNullOrEmpty(path1) || string.IsNullOrEmpty(path2) || DocxFileComparison.Compare(Name, path1, path2) == 0
            || DocxInputs.Open(Name, path1) is not { } document)
        {
            return ValueTask.FromResult(0.0);
        }

        var threshold = call.Option("threshold") is { } t ? PythonValues.GetFloat(t) : 3.5;
        foreach (var run in document.TableRuns.Where(r => r.Text.Length > 0))
        {
            var hex = run.ColorHex ?? throw PythonErrorException.TypeError($"evaluate_colored_words_in_tables: the run '{run.Text}' has no colour ('NoneType' object is not subscriptable)");
            var value = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var color = ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
            var target = "aeiou".Contains(char.ToLowerInvariant(run.Text[0]), StringComparison.Ordinal) ? (255, 0, 0) : (0, 0, 255);
            if (Ciede2000.Difference(color, target) > threshold)
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }
}

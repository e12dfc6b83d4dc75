using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>A docs.py metric of one document and optional rules, <c>f(file[, rules])</c>; a document that does not open scores 0.</summary>
public sealed class DocxSingleMetric : IMetric
{
    private readonly Func<DocxDocument, MetricCall, double> score;

    internal DocxSingleMetric(string name, Func<DocxDocument, MetricCall, double> score)
    {
        Name = name;
        this.score = score;
    }

    public string Name { get; }

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var document = DocxInputs.Open(Name, PythonValues.AsString(call.Result));
        return ValueTask.FromResult(document is null ? 0.0 : score(document, call));
    }
}

using Deskbench.Evaluators.Documents.Pdf;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>check_pdf_pages(pdf, rules={relation, ref_value})</c> (pdf.py): 1 when <c>operator.{relation}(page_count, ref_value)</c>
/// holds (eq, ne, lt, le, gt, ge). A None path scores 0.
/// </summary>
public sealed class CheckPdfPagesMetric : IMetric
{
    public string Name => "check_pdf_pages";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        var path = PythonValues.AsString(call.Result);
        if (path is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var pages = PdfText.PageCount(Name, path);
        var reference = PythonValues.GetFloat(PythonIndexing.GetItem(rules, "ref_value"));
        var relation = PythonValues.AsString(PythonIndexing.GetItem(rules, "relation"));
        var holds = relation switch
        {
            "eq" => pages == reference,
            "ne" => pages != reference,
            "lt" => pages < reference,
            "le" => pages <= reference,
            "gt" => pages > reference,
            "ge" => pages >= reference,
            _ => throw new MetricArgumentException($"check_pdf_pages: module 'operator' has no attribute '{relation}'"),
        };
        return ValueTask.FromResult(holds ? 1.0 : 0.0);
    }
}

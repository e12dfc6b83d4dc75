using System.Xml.Linq;
using Deskbench.Evaluators.Documents.Packaging;
using Deskbench.Evaluators.Documents.Presentations;
using Deskbench.Evaluators.Documents.Spreadsheets;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>check_transition(pptx, rules={slide_idx, transition_type})</c> (slides.py): 1 when
/// <c>ppt/slides/slide{slide_idx+1}.xml</c> has a <c>p:transition</c> containing a <c>p:{transition_type}</c> element.
/// Quirk kept: the slide is found by its part name, not by presentation order.
/// </summary>
public sealed class CheckTransitionMetric : IMetric
{
    public string Name => "check_transition";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var rules = call.RequireExpected(Name);
        var index = (int)PythonValues.GetInteger(PythonIndexing.GetItem(rules, "slide_idx"));
        var type = PythonFormatting.Str(PythonIndexing.GetItem(rules, "transition_type"));
        var path = PythonIndexing.AsPath(call.Result);
        using var archive = ZipXmlPackage.OpenZip(Name, path);
        var slide = ZipXmlPackage.ReadXml(Name, path, archive, $"ppt/slides/slide{index + 1}.xml");
        var transition = slide?.Descendants(PptxNames.P + "transition").FirstOrDefault();
        var found = transition?.Descendants(PptxNames.P + type).Any() ?? false;
        return ValueTask.FromResult(found ? 1.0 : 0.0);
    }
}

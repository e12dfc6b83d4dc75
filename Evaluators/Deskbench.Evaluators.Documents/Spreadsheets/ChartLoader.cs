using System.Xml.Linq;
using Deskbench.Evaluators.Documents.Packaging;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// OSWorld's <c>load_charts(book, sheet, chart_props=[…])</c>: every chart of the sheet's drawing keyed by its series
/// ("valueRef,categoryRef" joined by ";"), with the asked properties (title, legend, type, direction, x/y/ztitle,
/// width/height/anchor as written). Values are rendered as Python reprs so the dicts compare as OSWorld's do.
/// Quirk: only the plot area's first chart type counts (openpyxl reads one chart per chart part).
/// </summary>
internal static class ChartLoader
{
    private static readonly XNamespace C = XlsxNames.Chart;
    private static readonly XNamespace A = XlsxNames.Drawing;

    public static SortedDictionary<string, string> Load(XlsxBook book, XlsxSheet? sheet, IReadOnlySet<string> properties)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (sheet is null)
        {
            return result;
        }

        foreach (var drawing in OpenXmlPackages.RelatedParts(sheet.Part, "/drawing"))
        {
            foreach (var chartPart in OpenXmlPackages.RelatedParts(drawing, "/chart"))
            {
                var chart = OpenXmlPackages.ReadXml(book.Metric, book.Path, chartPart)?.Root?.Element(C + "chart");
                var plot = chart?.Element(C + "plotArea");
                var typed = plot?.Elements().FirstOrDefault(e => e.Name.Namespace == C && e.Name.LocalName.EndsWith("Chart", StringComparison.Ordinal));
                if (chart is null || typed is null)
                {
                    continue;
                }

                var series = string.Join(';', typed.Elements(C + "ser").Select(s => Reference(s.Element(C + "val")) + "," + Reference(s.Element(C + "cat"))));
                var info = new List<string>();
                foreach (var property in properties.Order(StringComparer.Ordinal))
                {
                    info.Add(property + "=" + Property(property, chart, plot!, typed));
                }

                result[series] = string.Join('|', info);
            }
        }

        return result;
    }

    private static string Property(string property, XElement chart, XElement plot, XElement typed) => property switch
    {
        "title" => TitleText(chart.Element(C + "title")),
        "legend" => Repr((string?)chart.Element(C + "legend")?.Element(C + "legendPos")?.Attribute("val")
            ?? (chart.Element(C + "legend") is null ? null : "r")),
        "type" => Repr(typed.Name.LocalName),
        "direction" => Repr((string?)typed.Element(C + "barDir")?.Attribute("val")
            ?? (typed.Name.LocalName.StartsWith("bar", StringComparison.Ordinal) ? "col" : "<no barDir>")),
        "xtitle" => AxisTitle(plot, 0),
        "ytitle" => AxisTitle(plot, 1),
        "ztitle" => AxisTitle(plot, 2),
        _ => "<" + property + ">",
    };

    private static string AxisTitle(XElement plot, int index)
    {
        var axes = plot.Elements().Where(e => e.Name.Namespace == C && e.Name.LocalName.EndsWith("Ax", StringComparison.Ordinal)).ToList();
        return index < axes.Count ? TitleText(axes[index].Element(C + "title")) : "None";
    }

    /// <summary><c>title.tx.rich.p[0].r[0].t</c>, None when any step is missing.</summary>
    private static string TitleText(XElement? title)
    {
        var run = title?.Element(C + "tx")?.Element(C + "rich")?.Elements(A + "p").FirstOrDefault()?.Elements(A + "r").FirstOrDefault();
        return Repr((string?)run?.Element(A + "t"));
    }

    private static string Reference(XElement? data)
    {
        var formula = data?.Element(C + "numRef")?.Element(C + "f") ?? data?.Element(C + "strRef")?.Element(C + "f");
        return formula?.Value ?? string.Empty;
    }

    private static string Repr(string? value) => value is null ? "None" : "'" + value + "'";
}

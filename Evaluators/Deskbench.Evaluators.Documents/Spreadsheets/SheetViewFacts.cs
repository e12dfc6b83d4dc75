using System.Globalization;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>Sheet view facts OSWorld compares: the freeze key and the zoom scale.</summary>
internal static class SheetViewFacts
{
    private static readonly XNamespace M = XlsxNames.Main;

    /// <summary>
    /// OSWorld's <c>_freeze_compare_key</c>: ("frozen", xSplit, ySplit) for frozen panes, ("none",) without a pane, else
    /// ("other", xSplit, ySplit, topLeftCell) — the frozen key ignores where the user scrolled.
    /// </summary>
    public static string FreezeKey(XlsxSheet sheet)
    {
        var pane = sheet.SheetView?.Element(M + "pane");
        if (pane is null)
        {
            return "('none',)";
        }

        var state = ((string?)pane.Attribute("state") ?? string.Empty).ToLowerInvariant();
        var x = Split(pane, "xSplit");
        var y = Split(pane, "ySplit");
        return state is "frozen" or "frozensplit"
            ? $"('frozen', {x}, {y})"
            : $"('other', {x}, {y}, {(string?)pane.Attribute("topLeftCell") ?? "None"})";
    }

    /// <summary><c>sheet.sheet_view.zoomScale or 100.0</c>.</summary>
    public static double ZoomScale(XlsxSheet sheet) =>
        double.TryParse((string?)sheet.SheetView?.Attribute("zoomScale"), NumberStyles.Float, CultureInfo.InvariantCulture, out var zoom) && zoom != 0
            ? zoom
            : 100.0;

    private static long Split(XElement pane, string name) =>
        double.TryParse((string?)pane.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (long)value : 0;
}

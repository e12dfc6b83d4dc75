using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>One worksheet of an <see cref="XlsxBook"/>: its cells as written and the sheet-level XML OSWorld inspects.</summary>
internal sealed class XlsxSheet
{
    private static readonly XNamespace M = XlsxNames.Main;

    public XlsxSheet(string name, OpenXmlPart part, XDocument? document)
    {
        Name = name;
        Part = part;
        Root = document?.Root ?? new XElement(M + "worksheet");
        var cells = new Dictionary<CellAddress, XlsxCell>();
        var rowCounter = 0;
        foreach (var row in Root.Element(M + "sheetData")?.Elements(M + "row") ?? [])
        {
            rowCounter = int.TryParse((string?)row.Attribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowCounter + 1;
            var columnCounter = 0;
            foreach (var cell in row.Elements(M + "c"))
            {
                var reference = (string?)cell.Attribute("r");
                var address = reference is not null && CellAddress.TryParse(reference, out var parsed)
                    ? parsed
                    : new CellAddress(rowCounter, columnCounter + 1);
                columnCounter = address.Column;
                var inline = cell.Element(M + "is");
                cells.TryAdd(address, new XlsxCell(
                    address,
                    (string?)cell.Attribute("t"),
                    (string?)cell.Element(M + "v"),
                    inline is null ? null : XlsxNames.JoinText(inline, M + "t"),
                    (string?)cell.Element(M + "f"),
                    (int?)cell.Attribute("s") ?? 0));
            }
        }

        Cells = cells;
        MergedRanges = [.. (Root.Element(M + "mergeCells")?.Elements(M + "mergeCell") ?? [])
            .Select(m => (string?)m.Attribute("ref"))
            .OfType<string>()
            .Select(CellRange.Parse)];
    }

    public string Name { get; }

    /// <summary>The worksheet part (its relationships lead to drawings, charts and pivot tables).</summary>
    public OpenXmlPart Part { get; }

    public XElement Root { get; }

    public IReadOnlyDictionary<CellAddress, XlsxCell> Cells { get; }

    public IReadOnlyList<CellRange> MergedRanges { get; }

    /// <summary>The first <c>sheetView</c>.</summary>
    public XElement? SheetView => Root.Element(M + "sheetViews")?.Element(M + "sheetView");

    /// <summary>openpyxl's <c>MergedCell</c>: inside a merged range but not its top-left cell.</summary>
    public bool IsMergedCell(CellAddress address) =>
        MergedRanges.Any(range => range.Contains(address) && range.First != address);

    /// <summary>The highest row and column that hold a cell element (openpyxl's max_row / max_column; at least 1).</summary>
    public (int MaxRow, int MaxColumn) Extent()
    {
        var maxRow = Cells.Count == 0 ? 1 : Cells.Keys.Max(c => c.Row);
        var maxColumn = Cells.Count == 0 ? 1 : Cells.Keys.Max(c => c.Column);
        return (maxRow, maxColumn);
    }
}

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>OSWorld's <c>load_sparklines(xlsx, sheet)</c>: each x14 sparkline's target cell (<c>xm:sqref</c>) → its data (<c>xm:f</c>).</summary>
internal static class SparklineLoader
{
    public static SortedDictionary<string, string> Load(XlsxBook book, string sheetName)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var sheet = book.RawSheet(sheetName)
            ?? throw new KeyNotFoundException($"sheet '{sheetName}' (openpyxl KeyError)");
        foreach (var sparkline in sheet.Root.Descendants(XlsxNames.X14 + "sparkline"))
        {
            var target = sparkline.Element(XlsxNames.Xm + "sqref")?.Value ?? string.Empty;
            result[target] = sparkline.Element(XlsxNames.Xm + "f")?.Value ?? string.Empty;
        }

        return result;
    }
}

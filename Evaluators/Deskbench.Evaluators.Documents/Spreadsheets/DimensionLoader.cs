using System.Globalization;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// OSWorld's <c>load_rows_or_cols(book, sheet, obj="row"|"column", props=[…])</c>: openpyxl's row/column dimensions (rows
/// whose element carries attributes beyond r/spans; columns keyed by the letter of their first column) with the asked
/// properties (hidden, height, width, collapsed, outline_level, min, max, auto_size).
/// </summary>
internal static class DimensionLoader
{
    private static readonly XNamespace M = XlsxNames.Main;

    public static SortedDictionary<string, string> Load(XlsxSheet? sheet, string kind, IReadOnlySet<string> properties)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (sheet is null)
        {
            return result;
        }

        if (kind == "row")
        {
            foreach (var row in sheet.Root.Element(M + "sheetData")?.Elements(M + "row") ?? [])
            {
                if (!row.Attributes().Any(a => !a.IsNamespaceDeclaration && a.Name.LocalName is not "r" and not "spans" && a.Name.Namespace == XNamespace.None))
                {
                    continue;
                }

                result[(string?)row.Attribute("r") ?? "?"] = Describe(row, properties, isRow: true);
            }
        }
        else
        {
            foreach (var column in sheet.Root.Element(M + "cols")?.Elements(M + "col") ?? [])
            {
                var min = (int?)column.Attribute("min") ?? 0;
                result[CellAddress.ColumnLetter(min)] = Describe(column, properties, isRow: false);
            }
        }

        return result;
    }

    private static string Describe(XElement element, IReadOnlySet<string> properties, bool isRow) =>
        string.Join('|', properties.Order(StringComparer.Ordinal).Select(p => p + "=" + Property(element, p, isRow)));

    private static string Property(XElement element, string property, bool isRow) => property switch
    {
        "hidden" => Bool(element, "hidden"),
        "collapsed" => Bool(element, "collapsed"),
        "auto_size" or "bestFit" => Bool(element, "bestFit"),
        "height" => Number(element, isRow ? "ht" : "height"),
        "width" => Number(element, "width"),
        "outline_level" or "outlineLevel" => Number(element, "outlineLevel"),
        "min" => Number(element, "min"),
        "max" => Number(element, "max"),
        _ => (string?)element.Attribute(property) ?? "None",
    };

    private static string Bool(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is "1" or "true" ? "True" : "False";

    private static string Number(XElement element, string attribute) =>
        double.TryParse((string?)element.Attribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("R", CultureInfo.InvariantCulture)
            : "None";
}

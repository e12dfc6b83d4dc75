using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// OSWorld's <c>load_filters(book, sheet)</c>: the auto-filter's ref, its filter columns (sorted by column id; value sets
/// and custom filters compared as sets) and its sort state.
/// </summary>
internal static class FilterLoader
{
    private static readonly XNamespace M = XlsxNames.Main;

    public static string Load(XlsxSheet? sheet)
    {
        if (sheet is null)
        {
            return "{}";
        }

        var filter = sheet.Root.Element(M + "autoFilter");
        var parts = new List<string> { "ref=" + ((string?)filter?.Attribute("ref") ?? "None") };
        var columns = (filter?.Elements(M + "filterColumn") ?? [])
            .OrderBy(c => (int?)c.Attribute("colId") ?? 0)
            .Select(column =>
            {
                var text = $"col_id={(string?)column.Attribute("colId")};hidden={Flag(column, "hiddenButton")};show={Flag(column, "showButton", true)}";
                var filters = column.Element(M + "filters");
                if (filters is not null)
                {
                    text += $";blank={Flag(filters, "blank")};filters={string.Join(',', filters.Elements(M + "filter").Select(f => (string?)f.Attribute("val")).Distinct().Order(StringComparer.Ordinal))}";
                }

                var custom = column.Element(M + "customFilters");
                if (custom is not null)
                {
                    text += $";and={Flag(custom, "and")};custom={string.Join(',', custom.Elements(M + "customFilter").Select(f => ((string?)f.Attribute("operator") ?? "equal") + ":" + (string?)f.Attribute("val")).Distinct().Order(StringComparer.Ordinal))}";
                }

                return text;
            });
        parts.Add("columns=" + string.Join('/', columns));
        var sort = filter?.Element(M + "sortState");
        if (sort is not null)
        {
            parts.Add($"sort={Flag(sort, "columnSort")};case={Flag(sort, "caseSensitive")};method={(string?)sort.Attribute("sortMethod")};ref={(string?)sort.Attribute("ref")}");
            parts.Add("conditions=" + string.Join('/', sort.Elements(M + "sortCondition").Select(c =>
                $"{Flag(c, "descending")};{(string?)c.Attribute("sortBy") ?? "value"};{(string?)c.Attribute("ref")};{(string?)c.Attribute("customList")};{(string?)c.Attribute("dxfId")};{(string?)c.Attribute("iconSet")};{(string?)c.Attribute("iconId")}")));
        }

        return string.Join('|', parts);
    }

    private static string Flag(XElement element, string attribute, bool fallback = false)
    {
        var value = (string?)element.Attribute(attribute);
        return value is null ? (fallback ? "None" : "None") : (value is "1" or "true" ? "True" : "False");
    }
}

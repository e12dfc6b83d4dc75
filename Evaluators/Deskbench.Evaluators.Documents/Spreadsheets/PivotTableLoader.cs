using System.Globalization;
using System.Xml.Linq;
using Deskbench.Evaluators.Documents.Packaging;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// OSWorld's <c>load_pivot_tables(book, sheet, pivot_props=[…])</c>: pivot tables keyed by their source
/// ("worksheet;(r1, c1):(r2, c2);Sheet"), with the asked properties (name, show_*, location, filter/selection,
/// col_fields, row_fields, data_fields …). Quirk kept: leading and trailing pivot fields without item selections are
/// dropped and shift the source columns and field indices ("left bias").
/// </summary>
internal static class PivotTableLoader
{
    private static readonly XNamespace M = XlsxNames.Main;

    public static SortedDictionary<string, string> Load(XlsxBook book, XlsxSheet? sheet, IReadOnlySet<string> properties)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (sheet is null)
        {
            return result;
        }

        foreach (var part in OpenXmlPackages.RelatedParts(sheet.Part, "/pivotTable"))
        {
            var pivot = OpenXmlPackages.ReadXml(book.Metric, book.Path, part)?.Root;
            if (pivot is null)
            {
                continue;
            }

            var cachePart = OpenXmlPackages.RelatedParts(part, "/pivotCacheDefinition").FirstOrDefault();
            var cacheSource = OpenXmlPackages.ReadXml(book.Metric, book.Path, cachePart)?.Root?.Element(M + "cacheSource");
            var worksheetSource = cacheSource?.Element(M + "worksheetSource");

            var raw = (pivot.Element(M + "pivotFields")?.Elements(M + "pivotField") ?? [])
                .Select(f => (f.Element(M + "items")?.Elements(M + "item") ?? [])
                    .Where(i => i.Attribute("x") is not null)
                    .Select(i => "(" + PyBool((string?)i.Attribute("h")) + ", " + (string?)i.Attribute("x") + ")")
                    .ToList())
                .ToList();
            var leftBias = raw.TakeWhile(r => r.Count == 0).Count();
            var trimmedLeft = raw.Skip(leftBias).ToList();
            var selection = trimmedLeft.AsEnumerable().Reverse().SkipWhile(r => r.Count == 0).Reverse().ToList();
            var rightBias = trimmedLeft.Count - selection.Count;

            var reference = ((string?)worksheetSource?.Attribute("ref") ?? ":").Split(':');
            var first = CellAddress.TryParse(reference[0], out var a) ? a : default;
            var last = reference.Length > 1 && CellAddress.TryParse(reference[1], out var b) ? b : default;
            first = first with { Column = first.Column + leftBias };
            last = last with { Column = last.Column - rightBias };
            var source = string.Create(CultureInfo.InvariantCulture,
                $"{(string?)cacheSource?.Attribute("type") ?? "worksheet"};{first.TupleRepr()}:{last.TupleRepr()};{(string?)worksheetSource?.Attribute("sheet")}");

            var info = new List<string>();
            void Add(string key, string value) => info.Add(key + "=" + value);
            if (properties.Contains("name"))
            {
                Add("name", (string?)pivot.Attribute("name") ?? "None");
            }

            foreach (var (prop, attribute, fallback) in new[]
            {
                ("show_total", "visualTotals", "True"), ("show_empty_row", "showEmptyRow", "False"),
                ("show_empty_col", "showEmptyCol", "False"), ("show_headers", "showHeaders", "True"),
            })
            {
                if (properties.Contains(prop))
                {
                    var value = (string?)pivot.Attribute(attribute);
                    Add(prop, value is null ? fallback : PyBool(value));
                }
            }

            if (properties.Contains("location"))
            {
                Add("location", string.Join(',', pivot.Element(M + "location")?.Attributes().OrderBy(x => x.Name.LocalName, StringComparer.Ordinal).Select(x => x.Name.LocalName + ":" + x.Value) ?? []));
            }

            if (properties.Contains("filter") || properties.Contains("selection"))
            {
                Add("selection", properties.Contains("ordered")
                    ? string.Join(';', selection.Select(s => string.Join(',', s)))
                    : string.Join(';', selection.Select(s => string.Join(',', s.Distinct().Order(StringComparer.Ordinal)))));
            }

            if (properties.Contains("filter"))
            {
                Add("filter_fields", string.Join(',', (pivot.Element(M + "pageFields")?.Elements(M + "pageField") ?? [])
                    .Select(f => (string?)f.Attribute("fld")).Distinct().Order(StringComparer.Ordinal)));
            }

            foreach (var (prop, element) in new[] { ("col_fields", "colFields"), ("row_fields", "rowFields") })
            {
                if (properties.Contains(prop))
                {
                    var fields = (pivot.Element(M + element)?.Elements(M + "field") ?? [])
                        .Select(f => ((int?)f.Attribute("x") ?? 0) - leftBias)
                        .Where(x => !properties.Contains("ignore_special_fields") || x >= 0);
                    Add(prop, "[" + string.Join(", ", fields) + "]");
                }
            }

            if (properties.Contains("data_fields"))
            {
                Add("data_fields", "[" + string.Join(", ", (pivot.Element(M + "dataFields")?.Elements(M + "dataField") ?? [])
                    .Select(f => string.Create(CultureInfo.InvariantCulture,
                        $"{((int?)f.Attribute("fld") ?? 0) - leftBias};{(properties.Contains("data_fields_name") ? (string?)f.Attribute("name") : string.Empty)};{(string?)f.Attribute("subtotal") ?? "sum"};{(string?)f.Attribute("showDataAs") ?? "normal"}"))) + "]");
            }

            result[source] = string.Join('|', info);
        }

        return result;
    }

    private static string PyBool(string? value) => value switch
    {
        null => "None",
        "1" or "true" => "True",
        _ => "False",
    };
}

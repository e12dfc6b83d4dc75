using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Deskbench.Core.Results;

namespace Deskbench.Evaluators.Getters.Apps;

/// <summary>
/// <c>pandas.read_excel(path).iloc[-1].astype(str).tolist()</c> for the first worksheet: the first row is the header, the
/// last row holding a value is returned, one text per column. Numbers follow pandas' column types: a column whose values
/// are all whole numbers (and none missing) prints them as integers, another numeric column as Python floats
/// (<c>5.0</c>); a missing value is <c>nan</c>; booleans are <c>True</c>/<c>False</c>. Dates are not converted.
/// </summary>
internal static class XlsxLastRow
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static IReadOnlyList<string> Read(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var shared = Load(archive, "xl/sharedStrings.xml")?.Root?.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList() ?? [];
        var rows = Load(archive, FirstSheetPart(archive))?.Root?.Element(Main + "sheetData")?.Elements(Main + "row")
            .Select(row => row.Elements(Main + "c").Where(c => c.Attribute("r") is not null)
                .ToDictionary(c => ColumnIndex((string)c.Attribute("r")!), c => CellValue(c, shared)))
            .Where(cells => cells.Values.Any(value => value is not null))
            .ToList() ?? [];
        if (rows.Count < 2)
        {
            throw new InvalidDataException($"{path}: the first sheet has no data row below its header (pandas: single positional indexer is out-of-bounds)");
        }

        var columns = rows.Max(row => row.Keys.DefaultIfEmpty(-1).Max()) + 1;
        var data = rows.Skip(1).ToList();
        return [.. Enumerable.Range(0, columns).Select(column => Format(data, column))];
    }

    private static string Format(List<Dictionary<int, object?>> data, int column)
    {
        var values = data.Select(row => row.GetValueOrDefault(column)).ToList();
        var last = values[^1];
        var numeric = values.All(v => v is null or double);
        if (last is null)
        {
            return "nan";
        }

        if (last is double number)
        {
            var integral = numeric && values.All(v => v is double d && d == Math.Floor(d));
            return integral || (!numeric && number == Math.Floor(number) && Math.Abs(number) < 1e16)
                ? ((long)number).ToString(CultureInfo.InvariantCulture)
                : PythonFloat.Format(number);
        }

        return last is bool flag ? (flag ? "True" : "False") : (string)last;
    }

    private static object? CellValue(XElement cell, List<string> shared)
    {
        var type = (string?)cell.Attribute("t");
        var raw = cell.Element(Main + "v")?.Value;
        return type switch
        {
            "s" when raw is not null => shared[int.Parse(raw, CultureInfo.InvariantCulture)],
            "inlineStr" => string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)),
            "str" => raw,
            "b" => raw == "1",
            "e" => raw,
            _ when raw is null || raw.Length == 0 => null,
            _ => double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static string FirstSheetPart(ZipArchive archive)
    {
        var sheet = Load(archive, "xl/workbook.xml")?.Root?.Element(Main + "sheets")?.Elements(Main + "sheet").FirstOrDefault()
            ?? throw new InvalidDataException("the workbook has no sheet");
        var id = (string?)sheet.Attribute(Relationships + "id");
        var target = (string?)Load(archive, "xl/_rels/workbook.xml.rels")?.Root?.Elements(PackageRelationships + "Relationship")
            .FirstOrDefault(r => (string?)r.Attribute("Id") == id)?.Attribute("Target") ?? "worksheets/sheet1.xml";
        return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
    }

    private static XDocument? Load(ZipArchive archive, string part)
    {
        var entry = archive.GetEntry(part);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}

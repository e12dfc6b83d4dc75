using System.Text.Json.Nodes;
using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Text;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>One compare_table rule at a time, as OSWorld's table.py checks it. Null means "the metric returns 0 now".</summary>
internal sealed class TableRuleChecks(TableBooks books)
{
    public bool? Check(JsonNode? rule)
    {
        var type = PythonValues.AsString(PythonIndexing.GetItem(rule, "type"));
        return type switch
        {
            "sheet_name" => books.Expected is not null && books.Result.SheetNames.SequenceEqual(books.Expected.SheetNames),
            "sheet_data" => SheetData(rule),
            "sheet_print" => SheetPrint(rule),
            "sheet_fuzzy" => SheetFuzzy(rule),
            "sparkline" => Compare(rule, (book, name) => SparklineLoader.Load(book, name)),
            "chart" => Compare(rule, (book, name) => ChartLoader.Load(book, book.Sheet(name), Props(rule, "chart_props"))),
            "style" => Compare(rule, (book, name) => StyleLoader.Load(book, book.Sheet(name), [.. Props(rule, "props")])),
            "row_props" => Compare(rule, (book, name) => DimensionLoader.Load(book.Sheet(name), "row", Props(rule, "props"))),
            "col_props" => Compare(rule, (book, name) => DimensionLoader.Load(book.Sheet(name), "column", Props(rule, "props"))),
            "filter" => CompareText(rule, (book, name) => FilterLoader.Load(book.Sheet(name))),
            "pivot_table" => Compare(rule, (book, name) => PivotTableLoader.Load(book, book.Sheet(name), Props(rule, "pivot_props"))),
            "freeze" => Freeze(rule),
            "zoom" => Single(rule, sheet => ValueRuleMatcher.Matches(SheetViewFacts.ZoomScale(sheet), rule)),
            "data_validation" => Single(rule, sheet => DataValidationRule.Check(sheet, PythonIndexing.GetItem(rule, "dv_props"))),
            "check_cell" => CheckCell(rule),
            _ => throw new NotSupportedException($"Unimplemented sheet check: {type}"),
        };
    }

    private static HashSet<string> Props(JsonNode? rule, string key) =>
        [.. PythonIndexing.Iterate(PythonIndexing.Get(rule, key, new JsonArray())).Select(PythonFormatting.Str)];

    private (XlsxBook Book, string Name) Sheet(JsonNode? rule, string key)
    {
        var (isExpected, name) = books.Resolve(PythonIndexing.GetItem(rule, key));
        return (books.Book(isExpected), name);
    }

    private bool? SheetData(JsonNode? rule)
    {
        var precision = (int)PythonValues.GetInteger(PythonIndexing.Get(rule, "precision", 4));
        var (book0, name0) = Sheet(rule, "sheet_idx0");
        var sheet0 = book0.Sheet(name0);
        if (sheet0 is null)
        {
            return null;
        }

        var (book1, name1) = Sheet(rule, "sheet_idx1");
        var sheet1 = book1.Sheet(name1);
        return sheet1 is not null
            && SheetFrame.Load(book0, sheet0).Round(precision).FrameEquals(SheetFrame.Load(book1, sheet1).Round(precision));
    }

    private bool? SheetPrint(JsonNode? rule)
    {
        var (e0, name0) = books.Resolve(PythonIndexing.GetItem(rule, "sheet_idx0"));
        var lines0 = SheetCsvLines.Load(books.PathOf(e0), name0);
        if (lines0 is null)
        {
            return null;
        }

        var (e1, name1) = books.Resolve(PythonIndexing.GetItem(rule, "sheet_idx1"));
        var lines1 = SheetCsvLines.Load(books.PathOf(e1), name1);
        if (lines1 is null)
        {
            return false;
        }

        var ignoreCase = PythonValues.IsTruthy(PythonIndexing.Get(rule, "ignore_case", false));
        return lines0.Select(l => ignoreCase ? l.ToLowerInvariant() : l).SequenceEqual(lines1.Select(l => ignoreCase ? l.ToLowerInvariant() : l), StringComparer.Ordinal);
    }

    private bool SheetFuzzy(JsonNode? rule)
    {
        var (book0, name0) = Sheet(rule, "sheet_idx0");
        var (book1, name1) = Sheet(rule, "sheet_idx1");
        foreach (var fuzzy in PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "rules")))
        {
            foreach (var cell in MultiCellRange.FromJson(PythonIndexing.GetItem(fuzzy, "range")).Ranges.SelectMany(r => r.Cells()))
            {
                var value0 = PythonFormatting.Str(RawCellReader.Read(book0, name0, cell.ToString()));
                var value1 = PythonFormatting.Str(RawCellReader.Read(book1, name1, cell.ToString()));
                (value0, value1) = FuzzyCellText.Normalize(fuzzy, value0, value1);
                var matchType = PythonValues.AsString(PythonIndexing.GetItem(fuzzy, "type"));
                var matched = matchType switch
                {
                    "includes" => value0.Contains(value1, StringComparison.Ordinal),
                    "included_by" => value1.Contains(value0, StringComparison.Ordinal),
                    "fuzzy_match" => FuzzRatio.Ratio(value0, value1) >= PythonValues.GetFloat(PythonIndexing.Get(fuzzy, "threshold", 85.0)),
                    "exact_match" => value0 == value1,
                    _ => throw new MetricArgumentException($"compare_table: unknown sheet_fuzzy match type '{matchType}'"),
                };
                if (!matched)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool? Freeze(JsonNode? rule)
    {
        var (book0, name0) = Sheet(rule, "sheet_idx0");
        var sheet0 = book0.Sheet(name0);
        if (sheet0 is null)
        {
            return null;
        }

        var (book1, name1) = Sheet(rule, "sheet_idx1");
        var sheet1 = book1.Sheet(name1);
        return sheet1 is not null && SheetViewFacts.FreezeKey(sheet0) == SheetViewFacts.FreezeKey(sheet1);
    }

    private bool? Single(JsonNode? rule, Func<XlsxSheet, bool> check)
    {
        var (book, name) = Sheet(rule, "sheet_idx");
        var sheet = book.Sheet(name);
        return sheet is null ? null : check(sheet);
    }

    private bool? CheckCell(JsonNode? rule)
    {
        var (isExpected, name) = books.Resolve(PythonIndexing.GetItem(rule, "sheet_idx"));
        var book = books.Book(isExpected);
        var sheet = book.Sheet(name);
        var coordinate = PythonFormatting.Str(PythonIndexing.GetItem(rule, "coordinate"));
        if (sheet is null || !CellAddress.TryParse(coordinate, out var address))
        {
            return null;
        }

        try
        {
            foreach (var (property, valueRule) in PythonIndexing.GetItem(rule, "props") as JsonObject ?? [])
            {
                JsonNode? value;
                try
                {
                    value = property == "value"
                        ? RawCellReader.Read(book, name, coordinate)
                        : CellStyleReader.Read(book, sheet, address, property);
                }
                catch (NotSupportedException)
                {
                    value = null;
                }

                if (!ValueRuleMatcher.Matches(value, valueRule))
                {
                    return false;
                }
            }
        }
        catch (Exception ex) when (ex is PythonErrorException or NotSupportedException or InvalidOperationException or FormatException)
        {
            // OSWorld wraps check_cell in try/except and returns 0.0 on any error.
            return null;
        }

        return true;
    }

    private bool Compare(JsonNode? rule, Func<XlsxBook, string, SortedDictionary<string, string>> load)
    {
        var (book0, name0) = Sheet(rule, "sheet_idx0");
        var (book1, name1) = Sheet(rule, "sheet_idx1");
        var left = load(book0, name0);
        var right = load(book1, name1);
        return left.Count == right.Count && left.All(pair => right.TryGetValue(pair.Key, out var other) && other == pair.Value);
    }

    private bool CompareText(JsonNode? rule, Func<XlsxBook, string, string> load)
    {
        var (book0, name0) = Sheet(rule, "sheet_idx0");
        var (book1, name1) = Sheet(rule, "sheet_idx1");
        return load(book0, name0) == load(book1, name1);
    }
}

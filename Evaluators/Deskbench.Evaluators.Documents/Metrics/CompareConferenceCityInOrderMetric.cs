using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deskbench.Evaluators.Documents.Spreadsheets;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_conference_city_in_order(xlsx, {expected: [...]})</c> (table.py): the active sheet's C2:C22, in order, each
/// containing (after lower-casing, removing accents and turning punctuation into spaces) one of the expected names for
/// its row. An expected list shorter than the cells makes OSWorld's loop fail and score 0.
/// </summary>
public sealed partial class CompareConferenceCityInOrderMetric : IMetric
{
    public string Name => "compare_conference_city_in_order";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = PythonIndexing.Iterate(PythonIndexing.GetItem(call.RequireExpected(Name), "expected")).ToList();
        var path = PythonIndexing.AsPath(call.Result);
        using var book = XlsxBook.Open(Name, path);
        var sheet = book.Sheet(book.ActiveSheetName()) ?? throw new DocumentReadException(Name, path, "the workbook has no active sheet");
        for (var row = 2; row <= 22; row++)
        {
            var index = row - 2;
            if (index >= expected.Count)
            {
                return ValueTask.FromResult(0.0);
            }

            sheet.Cells.TryGetValue(new CellAddress(row, 3), out var cell);
            var value = cell is null ? null : CellValues.Read(book, cell, dataOnly: false);
            var actual = Normalize(value is null ? null : PythonObjects.Str(value));
            var candidates = expected[index] switch
            {
                JsonArray list => list.Select(PythonFormatting.Str).ToList(),
                var single when PythonValues.AsString(single) is { } text => [text],
                _ => null,
            };
            if (candidates is null || !candidates.Select(c => Normalize(c)).Any(c => c.Length > 0 && actual.Contains(c, StringComparison.Ordinal)))
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }

    private static string Normalize(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var stripped = string.Concat(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
        return NonWord().Replace(stripped.ToLowerInvariant(), " ").Trim();
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}

using System.Globalization;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>The result and expected workbooks of one compare_table call, and OSWorld's sheet references.</summary>
internal sealed class TableBooks(string resultPath, XlsxBook result, string? expectedPath, XlsxBook? expected) : IDisposable
{
    public string ResultPath { get; } = resultPath;

    public XlsxBook Result { get; } = result;

    public string? ExpectedPath { get; } = expectedPath;

    public XlsxBook? Expected { get; } = expected;

    /// <summary>
    /// OSWorld's <c>_parse_sheet_idx</c>: an int is a result sheet index (out of range → the name ""), <c>RI</c>/<c>EI</c> + n
    /// a result/expected index, <c>RN</c>/<c>EN</c> + name a result/expected name. Returns which book and the sheet name.
    /// </summary>
    public (bool IsExpected, string SheetName) Resolve(JsonNode? reference)
    {
        if (PythonValues.TypeOf(reference) is PythonType.Int)
        {
            return (false, ByIndex(Result.SheetNames, (int)PythonValues.GetInteger(reference)));
        }

        var text = PythonValues.AsString(reference)
            ?? throw new MetricArgumentException($"compare_table: sheet index {PythonFormatting.Repr(reference)} is neither an int nor a string");
        if (text.StartsWith("RI", StringComparison.Ordinal))
        {
            return (false, ParseIndex(Result.SheetNames, text[2..]));
        }

        if (text.StartsWith("RN", StringComparison.Ordinal))
        {
            return (false, text[2..]);
        }

        if (text.StartsWith("EI", StringComparison.Ordinal))
        {
            return (true, Expected is null ? string.Empty : ParseIndex(Expected.SheetNames, text[2..]));
        }

        if (text.StartsWith("EN", StringComparison.Ordinal))
        {
            return (true, text[2..]);
        }

        throw new MetricArgumentException($"compare_table: unrecognized sheet index '{text}' (use an int, RI<n>, EI<n>, RN<name> or EN<name>)");
    }

    /// <summary>The book a resolved reference points at; an expected reference without an expected file is an error.</summary>
    public XlsxBook Book(bool isExpected) =>
        isExpected ? Expected ?? throw new MetricArgumentException("compare_table: a rule refers to the expected workbook but the task has none") : Result;

    public string PathOf(bool isExpected) => isExpected ? ExpectedPath ?? string.Empty : ResultPath;

    public void Dispose()
    {
        Result.Dispose();
        Expected?.Dispose();
    }

    private static string ParseIndex(IReadOnlyList<string> names, string digits) =>
        int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index) ? ByIndex(names, index) : string.Empty;

    /// <summary>Python indexing: negative counts from the end; out of range gives "" (OSWorld's fallback).</summary>
    private static string ByIndex(IReadOnlyList<string> names, int index)
    {
        if (index < 0)
        {
            index += names.Count;
        }

        return index >= 0 && index < names.Count ? names[index] : string.Empty;
    }
}

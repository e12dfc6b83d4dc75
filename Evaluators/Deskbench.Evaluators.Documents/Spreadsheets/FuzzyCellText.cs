using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>sheet_fuzzy's text normalisation, in OSWorld's order: normalization replacements, trim_leadings (lstrip),
/// trim_trailings (rstrip), ignore_chars, ignore_case.</summary>
internal static class FuzzyCellText
{
    public static (string, string) Normalize(JsonNode? rule, string value0, string value1)
    {
        foreach (var pair in PythonIndexing.Iterate(PythonIndexing.Get(rule, "normalization", new JsonArray())))
        {
            var from = PythonFormatting.Str(PythonIndexing.GetItem(pair, 0));
            var to = PythonFormatting.Str(PythonIndexing.GetItem(pair, 1));
            value0 = Replace(value0, from, to);
            value1 = Replace(value1, from, to);
        }

        if (PythonIndexing.Get(rule, "trim_leadings") is { } leading)
        {
            var chars = PythonFormatting.Str(leading).ToCharArray();
            value0 = value0.TrimStart(chars);
            value1 = value1.TrimStart(chars);
        }

        if (PythonIndexing.Get(rule, "trim_trailings") is { } trailing)
        {
            var chars = PythonFormatting.Str(trailing).ToCharArray();
            value0 = value0.TrimEnd(chars);
            value1 = value1.TrimEnd(chars);
        }

        if (PythonIndexing.Get(rule, "ignore_chars") is { } ignore)
        {
            var set = PythonFormatting.Str(ignore).ToHashSet();
            value0 = string.Concat(value0.Where(c => !set.Contains(c)));
            value1 = string.Concat(value1.Where(c => !set.Contains(c)));
        }

        if (PythonValues.IsTruthy(PythonIndexing.Get(rule, "ignore_case", false)))
        {
            value0 = value0.ToLowerInvariant();
            value1 = value1.ToLowerInvariant();
        }

        return (value0, value1);
    }

    /// <summary>Python's str.replace (an empty pattern inserts between characters).</summary>
    private static string Replace(string text, string from, string to) =>
        from.Length == 0 ? to + string.Join(to, text.Select(c => c.ToString())) + (text.Length > 0 ? to : string.Empty) : text.Replace(from, to, StringComparison.Ordinal);
}

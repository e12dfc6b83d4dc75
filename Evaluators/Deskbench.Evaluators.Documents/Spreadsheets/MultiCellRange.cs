using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>openpyxl's <c>MultiCellRange</c>: space-separated ranges ("A1:B6 D2"), or a list of them.</summary>
internal sealed class MultiCellRange(IReadOnlyList<CellRange> ranges)
{
    public IReadOnlyList<CellRange> Ranges { get; } = ranges;

    public static MultiCellRange Parse(string text) =>
        new([.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CellRange.Parse)]);

    /// <summary>A string of ranges or a JSON list of range strings, as OSWorld's rules give them.</summary>
    public static MultiCellRange FromJson(JsonNode? node) => node switch
    {
        JsonArray array => new([.. array.SelectMany(item => Parse(PythonFormatting.Str(item)).Ranges)]),
        _ => Parse(PythonFormatting.Str(node)),
    };

    /// <summary>openpyxl's <c>range in multi_cell_range</c>: the range lies within one of the ranges.</summary>
    public bool Contains(CellRange range) => Ranges.Any(range.IsWithin);

    /// <summary>OSWorld's <c>_multicellrange_containsby(subset, superset)</c>.</summary>
    public bool IsContainedBy(MultiCellRange superset) => Ranges.All(superset.Contains);

    public override string ToString() => string.Join(' ', Ranges);
}

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>One column of a <see cref="SheetFrame"/>: its header label, dtype and values (null is NaN/NaT/None).</summary>
internal sealed record FrameColumn(object? Label, FrameColumnType Type, IReadOnlyList<object?> Values);

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>The pandas dtype a <see cref="SheetFrame"/> column gets (DataFrame.equals compares dtypes too).</summary>
internal enum FrameColumnType
{
    Int64,
    Float64,
    Bool,
    DateTime,
    Object,
}

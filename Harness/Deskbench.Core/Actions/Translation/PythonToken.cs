namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// One token of agent-written Python. <see cref="Value"/> holds the decoded literal: a <see cref="string"/> for strings,
/// a <see cref="long"/> or <see cref="double"/> for numbers, null otherwise. Line and column are 1-based.
/// </summary>
internal readonly record struct PythonToken(PythonTokenKind Kind, string Text, object? Value, int Line, int Column)
{
    public bool IsOperator(string op) => Kind == PythonTokenKind.Operator && Text == op;

    public bool IsName(string name) => Kind == PythonTokenKind.Name && Text == name;

    /// <summary>True for a newline, a <c>;</c> or the end of input: the places a statement may end.</summary>
    public bool EndsStatement => Kind is PythonTokenKind.Newline or PythonTokenKind.End || IsOperator(";");

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        PythonTokenKind.Newline => "end of line",
        PythonTokenKind.End => "end of code",
        PythonTokenKind.String => "string " + Text,
        _ => $"'{Text}'",
    };
}

namespace Deskbench.Core.Actions.Translation;

/// <summary>The kinds of token the pyautogui Python-subset tokenizer produces.</summary>
internal enum PythonTokenKind
{
    Name,
    Number,
    String,
    Operator,

    /// <summary>The end of a logical line (a newline outside brackets).</summary>
    Newline,
    End,
}

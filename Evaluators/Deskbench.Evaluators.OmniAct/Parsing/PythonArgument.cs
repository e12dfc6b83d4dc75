namespace Deskbench.Evaluators.OmniAct.Parsing;

/// <summary>One argument value of a pyautogui call: a string literal, a number, a list/tuple, or other raw text.</summary>
/// <param name="Raw">The source text of the value.</param>
/// <param name="Text">The decoded value when it is a string literal.</param>
/// <param name="Number">The value when it is a number.</param>
/// <param name="Items">The elements when it is a list or tuple literal.</param>
internal sealed record PythonArgument(string Raw, string? Text, double? Number, IReadOnlyList<PythonArgument>? Items);

namespace Deskbench.Evaluators.OmniAct.Parsing;

/// <summary>A parsed <c>pyautogui.name(args…)</c> line (corrected mode).</summary>
/// <param name="Name">The function name as written.</param>
/// <param name="Positional">Positional arguments in order.</param>
/// <param name="Keyword">Keyword arguments by name.</param>
internal sealed record PythonCall(string Name, IReadOnlyList<PythonArgument> Positional, IReadOnlyDictionary<string, PythonArgument> Keyword)
{
    /// <summary>The argument at a position, or the keyword argument of that name.</summary>
    public PythonArgument? Argument(int position, string keyword) =>
        Keyword.TryGetValue(keyword, out var byName) ? byName : position < Positional.Count ? Positional[position] : null;
}

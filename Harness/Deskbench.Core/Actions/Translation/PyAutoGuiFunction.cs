namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// The signature of one translatable function, as Python binds it: <see cref="Parameters"/> in positional order, the
/// first <see cref="RequiredCount"/> of them required; <see cref="VariadicName"/> collects extra positional arguments
/// (<c>hotkey(*args)</c>); <see cref="KeywordOnly"/> names are accepted only as keywords.
/// </summary>
internal sealed record PyAutoGuiFunction(
    string Name,
    IReadOnlyList<string> Parameters,
    int RequiredCount = 0,
    string? VariadicName = null,
    IReadOnlyList<string>? KeywordOnly = null)
{
    public const string VarArgsKey = "*args";

    /// <summary>Binds a call's arguments to parameter names, or throws with Python's TypeError wording.</summary>
    public PythonArguments Bind(PythonCall call)
    {
        var bound = new Dictionary<string, object?>(StringComparer.Ordinal);
        var positional = call.Arguments;
        var fixedCount = Math.Min(positional.Count, Parameters.Count);
        for (var i = 0; i < fixedCount; i++)
        {
            bound[Parameters[i]] = positional[i];
        }

        if (positional.Count > Parameters.Count)
        {
            if (VariadicName is null)
            {
                throw PythonArguments.Error(call, Name,
                    $"takes at most {Parameters.Count} positional argument{(Parameters.Count == 1 ? "" : "s")} ({string.Join(", ", Parameters)}) but {positional.Count} were given");
            }

            bound[VarArgsKey] = positional.Skip(Parameters.Count).ToArray();
        }
        else if (VariadicName is not null)
        {
            bound[VarArgsKey] = Array.Empty<object?>();
        }

        foreach (var (keyword, value) in call.KeywordArguments)
        {
            if (!Parameters.Contains(keyword) && !(KeywordOnly?.Contains(keyword) ?? false))
            {
                throw PythonArguments.Error(call, Name,
                    $"got an unexpected keyword argument '{keyword}'; accepted: {string.Join(", ", Parameters.Concat(KeywordOnly ?? []))}");
            }

            if (!bound.TryAdd(keyword, value))
            {
                throw PythonArguments.Error(call, Name, $"got multiple values for argument '{keyword}'");
            }
        }

        foreach (var required in Parameters.Take(RequiredCount))
        {
            if (!bound.ContainsKey(required))
            {
                throw PythonArguments.Error(call, Name, $"missing required argument '{required}'");
            }
        }

        return new PythonArguments(call, Name, bound);
    }
}

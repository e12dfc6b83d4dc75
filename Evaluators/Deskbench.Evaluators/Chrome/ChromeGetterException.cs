namespace Deskbench.Evaluators.Chrome;

/// <summary>A Chrome getter could not read the browser's state (CDP unreachable, a corrupt profile file): an evaluation error.</summary>
public sealed class ChromeGetterException(string getter, string cause, Exception? inner = null)
    : Exception($"{getter}: {cause}", inner)
{
    public string Getter { get; } = getter;
}

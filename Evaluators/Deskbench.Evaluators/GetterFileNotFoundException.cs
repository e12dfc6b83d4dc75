namespace Deskbench.Evaluators;

/// <summary>
/// A getter raised OSWorld's <c>FileNotFoundError</c>. For a <c>result</c> getter the evaluator scores this as 0 (with
/// <c>and</c> it ends the evaluation); anywhere else it is an evaluation error, as in OSWorld.
/// </summary>
public sealed class GetterFileNotFoundException(string path, string? message = null)
    : Exception(message ?? $"file not found: {path}")
{
    public string Path { get; } = path;
}

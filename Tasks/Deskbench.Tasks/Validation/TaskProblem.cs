namespace Deskbench.Tasks.Validation;

/// <summary>
/// Something wrong with (or not yet runnable in) a task file: <paramref name="File"/> is the file's path,
/// <paramref name="JsonPath"/> points into the document (<c>$</c> = the whole file, <c>$.evaluator.func</c>, <c>$.config[2].type</c> …)
/// and <paramref name="Message"/> says what was expected and what was found.
/// </summary>
public sealed record TaskProblem(string File, string JsonPath, string Message)
{
    public override string ToString() => $"{File}: {JsonPath}: {Message}";
}

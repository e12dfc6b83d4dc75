namespace Deskbench.Testing;

/// <summary>The outcome of a short command-line tool run by <see cref="Tool"/>.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}

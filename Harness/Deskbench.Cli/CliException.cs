namespace Deskbench.Cli;

/// <summary>A user error: printed as one line <c>deskbench: error: …</c> with exit code <see cref="ExitCode"/>.</summary>
public sealed class CliException(string message, int exitCode = 2) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

namespace Deskbench.Cli.Output;

/// <summary>One place for the CLI's error line format.</summary>
public static class CliConsole
{
    public static int Fail(string message, int exitCode = 2)
    {
        Console.Error.WriteLine($"deskbench: error: {message}");
        return exitCode;
    }

    /// <summary>Runs a verb body, turning <see cref="CliException"/> into one error line and its exit code.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (CliException e)
        {
            return Fail(e.Message, e.ExitCode);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("deskbench: cancelled");
            return 130;
        }
    }
}

using System.Diagnostics;
using Deskbench.Testing;

namespace Deskbench.EndToEnd.Tests;

/// <summary>Runs the built <c>deskbench</c> CLI as a separate process, as a user would.</summary>
internal static class DeskbenchCli
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ExampleSuite => Path.Combine(RepositoryRoot, "Tasks", "examples");

    public static async Task<ToolResult> RunAsync(TimeSpan timeout, params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "deskbench.dll");
        Assert.True(File.Exists(cli), $"the CLI was not built next to the tests: {cli}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot };
        start.ArgumentList.Add(cli);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"deskbench {string.Join(' ', arguments)} did not finish within {timeout}");
        }

        return new ToolResult(process.ExitCode, await stdout, await stderr);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Deskbench.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Deskbench.slnx above {AppContext.BaseDirectory}");
    }
}

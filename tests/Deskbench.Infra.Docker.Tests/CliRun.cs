using Deskbench.Testing;

namespace Deskbench.Infra.Docker.Tests;

/// <summary>Runs the built <c>deskbench</c> CLI (copied next to the tests) as a separate process, as a user would.</summary>
internal static class CliRun
{
    public static string ExampleSuite => Path.Combine(DockerTier.RepositoryRoot, "Tasks", "examples", "test_all.json");

    public static Task<ToolResult> RunAsync(TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "deskbench.dll");
        Assert.True(File.Exists(cli), $"the CLI was not built next to the tests: {cli}");
        return Tool.RunAsync("dotnet", [cli, .. arguments], environment, timeout: timeout, cancellationToken: TestContext.Current.CancellationToken);
    }
}

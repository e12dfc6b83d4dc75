namespace Deskbench.EndToEnd.Tests;

/// <summary>Every verb answers --help; version and task listing work on the example suite.</summary>
public sealed class CommandLineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData("run")]
    [InlineData("tasks")]
    [InlineData("tasks validate")]
    [InlineData("tasks list")]
    [InlineData("bench")]
    [InlineData("bench guest")]
    [InlineData("guest")]
    [InlineData("version")]
    public async Task Every_verb_has_help(string verb)
    {
        var result = await DeskbenchCli.RunAsync(Timeout, [.. verb.Split(' '), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"deskbench {verb}", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_tool_version()
    {
        var result = await DeskbenchCli.RunAsync(Timeout, "version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^deskbench \d+\.\d+\.\d+", result.StandardOutput);
    }

    [Fact]
    public async Task Tasks_validate_accepts_the_example_suite_and_list_shows_every_task()
    {
        var validate = await DeskbenchCli.RunAsync(Timeout, "tasks", "validate", "--strict", Path.Combine(DeskbenchCli.ExampleSuite, "test_all.json"));
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("0 problem(s)", validate.StandardOutput, StringComparison.Ordinal);

        var list = await DeskbenchCli.RunAsync(Timeout, "tasks", "list", "--json", DeskbenchCli.ExampleSuite);
        Assert.Equal(0, list.ExitCode);
        var lines = list.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 12, $"expected at least 12 example tasks, got {lines.Length}");
        Assert.All(lines, l => Assert.Contains("\"domain\"", l, StringComparison.Ordinal));
    }
}

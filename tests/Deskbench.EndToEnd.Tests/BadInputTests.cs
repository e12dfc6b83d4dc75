namespace Deskbench.EndToEnd.Tests;

/// <summary>Bad input through the CLI: one clear error line naming what is wrong, a non-zero exit, and no result written.</summary>
public sealed class BadInputTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _scratch = Directory.CreateTempSubdirectory("deskbench-bad-input-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Malformed_task_json_is_reported_with_file_and_path_and_nothing_runs()
    {
        var tasks = Directory.CreateDirectory(Path.Combine(_scratch, "tasks", "examples", "demo")).FullName;
        var broken = Path.Combine(tasks, "broken.json");
        await File.WriteAllTextAsync(broken, """{"id": "x1", "instruction": "do it", "evaluator": {"func": 5}}""", TestContext.Current.CancellationToken);
        var results = Path.Combine(_scratch, "results");

        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--tasks", tasks, "--agent", "noop", "--provider", "local", "--results", results);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(broken, run.StandardError, StringComparison.Ordinal);
        Assert.Contains("$.evaluator.func", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("deskbench: error:", run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results) && Directory.EnumerateFiles(results, "result.*", SearchOption.AllDirectories).Any());

        var validate = await DeskbenchCli.RunAsync(Timeout, "tasks", "validate", tasks);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains($"{broken}: $.evaluator.func", validate.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_that_does_not_parse_is_reported_with_its_file()
    {
        var file = Path.Combine(_scratch, "task.json");
        await File.WriteAllTextAsync(file, """{"id": "x1", "instruction": "do it", """, TestContext.Current.CancellationToken);

        var validate = await DeskbenchCli.RunAsync(Timeout, "tasks", "validate", file);

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains(file, validate.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_agent_names_the_known_ones()
    {
        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--tasks", DeskbenchCli.ExampleSuite, "--agent", "gpt-17", "--results", Path.Combine(_scratch, "r"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("unknown agent 'gpt-17'", line, StringComparison.Ordinal);
        Assert.Contains("scripted", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_scratch, "r")));
    }

    [Fact]
    public async Task Unknown_provider_names_the_known_ones()
    {
        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--tasks", DeskbenchCli.ExampleSuite, "--agent", "noop", "--provider", "vmware", "--results", Path.Combine(_scratch, "r"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown provider 'vmware'", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("local", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_folder_that_cannot_be_written_is_refused_before_any_task_runs()
    {
        var file = Path.Combine(_scratch, "a-file");
        await File.WriteAllTextAsync(file, "not a folder", TestContext.Current.CancellationToken);

        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--tasks", DeskbenchCli.ExampleSuite, "--agent", "noop", "--results", Path.Combine(file, "results"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--results", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("[  1/", run.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-steps", "0", "--max-steps 0")]
    [InlineData("--screen", "big", "--screen 'big'")]
    [InlineData("--accounts", "/nonexistent-deskbench-accounts", "--accounts '/nonexistent-deskbench-accounts': no such folder")]
    public async Task Bad_option_values_are_refused(string option, string value, string expected)
    {
        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--tasks", DeskbenchCli.ExampleSuite, "--agent", "noop", "--results", Path.Combine(_scratch, "r"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_task_path_is_an_error()
    {
        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--tasks", Path.Combine(_scratch, "nope"), "--agent", "noop", "--results", Path.Combine(_scratch, "r"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("nope", run.StandardError, StringComparison.Ordinal);
    }
}

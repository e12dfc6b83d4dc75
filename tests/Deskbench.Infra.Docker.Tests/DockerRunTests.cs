using System.Text.Json.Nodes;

namespace Deskbench.Infra.Docker.Tests;

/// <summary><c>deskbench run --provider docker</c> through the real CLI: scores, parallel containers, nothing left behind.</summary>
[Collection(DockerCollection.Name)]
public sealed class DockerRunTests : IDisposable
{
    private readonly string _results = Path.Combine(Path.GetTempPath(), $"deskbench-docker-run-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_results))
        {
            Directory.Delete(_results, recursive: true);
        }
    }

    [Fact]
    public async Task The_example_suite_scores_1_everywhere_in_containers_two_at_a_time_and_leaves_no_container()
    {
        var image = await DockerTier.RequireImageAsync();
        var started = DateTime.UtcNow.AddSeconds(-1);
        var run = await CliRun.RunAsync(
            TimeSpan.FromMinutes(10), null,
            "run", "--tasks", CliRun.ExampleSuite, "--agent", "scripted", "--provider", "docker", "--parallel", "2",
            "--results", _results, "--plain");
        var output = $"{run.StandardOutput}\n{run.StandardError}";

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}\n{output}");
        Assert.Contains("on provider 'docker', 2 at a time", run.StandardOutput, StringComparison.Ordinal);
        var results = Directory.EnumerateFiles(_results, "result.json", SearchOption.AllDirectories).Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
        Assert.Equal(14, results.Count);
        Assert.All(results, r => Assert.True((double?)r["score"] == 1.0, $"{r["task_id"]} scored {r["score"]}\n{output}"));
        var manifest = JsonNode.Parse(File.ReadAllText(Directory.EnumerateFiles(_results, "run.json", SearchOption.AllDirectories).Single()))!;
        Assert.Contains(image.Digest, manifest.ToJsonString(), StringComparison.Ordinal);

        var leftovers = (await Containers.WithLabelAsync(ContainerLabels.Managed, "true")).Where(c => c.Created >= started).ToList();
        Assert.True(leftovers.Count == 0, "containers left: " + string.Join(", ", leftovers.Select(c => c.Names.FirstOrDefault())));
    }

    [Fact]
    public async Task A_stopped_daemon_is_one_clear_error_on_the_command_line()
    {
        var socket = $"unix://{Path.Combine(Path.GetTempPath(), $"no-docker-{Guid.NewGuid():N}.sock")}";
        var run = await CliRun.RunAsync(
            TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["DOCKER_HOST"] = socket },
            "run", "--tasks", CliRun.ExampleSuite, "--agent", "scripted", "--provider", "docker", "--results", _results, "--plain");

        Assert.NotEqual(0, run.ExitCode);
        var errorLines = run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(errorLines, line => line.Contains($"cannot reach the Docker engine at {socket}", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_results) && Directory.EnumerateFiles(_results, "result.json", SearchOption.AllDirectories).Any());
    }
}

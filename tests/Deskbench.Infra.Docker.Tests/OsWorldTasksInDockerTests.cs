using System.Text.Json.Nodes;
using Deskbench.Testing;

namespace Deskbench.Infra.Docker.Tests;

/// <summary>
/// Real OSWorld tasks (from <c>shared/suites/osworld</c>, byte for byte) in the desktop image with the reference solutions of
/// <c>Tasks/osworld-solutions</c>: the scripted agent scores 1.0 on every one, the noop agent 0.0.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class OsWorldTasksInDockerTests : IDisposable
{
    private readonly string _suite = Path.Combine(Path.GetTempPath(), $"deskbench-osworld-docker-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_suite))
        {
            Directory.Delete(_suite, recursive: true);
        }
    }

    [Fact]
    public async Task Scripted_solutions_score_1_and_noop_scores_0_on_every_listed_OSWorld_task()
    {
        await DockerTier.RequireImageAsync();
        var osworld = Path.Combine(SharedSuites.Require(), "osworld", "examples");
        var tasks = AssembleSuite(osworld);
        Assert.True(tasks.Count >= 10, $"only {tasks.Count} OSWorld tasks have solutions");

        var scripted = await RunAsync("scripted");
        Assert.All(tasks, task => Assert.True(scripted.GetValueOrDefault(task) == 1.0, $"scripted: {task} scored {Describe(scripted, task)}"));

        var noop = await RunAsync("noop");
        Assert.All(tasks, task => Assert.True(noop.GetValueOrDefault(task, -1) == 0.0, $"noop: {task} scored {Describe(noop, task)}"));
    }

    /// <summary>Copies each listed task file unchanged beside its solution; returns the task ids.</summary>
    private List<string> AssembleSuite(string osworld)
    {
        var solutions = Path.Combine(DockerTier.RepositoryRoot, "Tasks", "osworld-solutions");
        var index = JsonNode.Parse(File.ReadAllText(Path.Combine(solutions, "test_docker.json")))!.AsObject();
        var ids = new List<string>();
        foreach (var (domain, list) in index)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_suite, "examples", domain)).FullName;
            foreach (var id in list!.AsArray().Select(node => node!.GetValue<string>()))
            {
                File.Copy(Path.Combine(osworld, domain, $"{id}.json"), Path.Combine(folder, $"{id}.json"));
                File.Copy(Path.Combine(solutions, "examples", domain, $"{id}.solution.json"), Path.Combine(folder, $"{id}.solution.json"));
                ids.Add(id);
            }
        }

        File.Copy(Path.Combine(solutions, "test_docker.json"), Path.Combine(_suite, "test_all.json"));
        return ids;
    }

    private async Task<Dictionary<string, double>> RunAsync(string agent)
    {
        var results = Path.Combine(_suite, $"results-{agent}");
        var run = await CliRun.RunAsync(
            TimeSpan.FromMinutes(10), null,
            "run", "--tasks", Path.Combine(_suite, "test_all.json"), "--agent", agent, "--provider", "docker", "--parallel", "2",
            "--results", results, "--plain");
        Assert.True(run.ExitCode == 0, $"{agent}: exit code {run.ExitCode}\n{run.StandardOutput}\n{run.StandardError}");
        return Directory.EnumerateFiles(results, "result.json", SearchOption.AllDirectories)
            .Select(file => JsonNode.Parse(File.ReadAllText(file))!)
            .ToDictionary(result => (string)result["task_id"]!, result => (double?)result["score"] ?? -1);
    }

    private static string Describe(Dictionary<string, double> scores, string task) =>
        scores.TryGetValue(task, out var score) ? score.ToString(System.Globalization.CultureInfo.InvariantCulture) : "nothing (no result)";
}

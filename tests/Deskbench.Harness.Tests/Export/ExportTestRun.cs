using Deskbench.Core.Results;
using Deskbench.Harness.Results;
using Microsoft.Extensions.Logging.Abstractions;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Tests.Export;

/// <summary>Writes a real results folder through <see cref="ResultStore"/>: run.json listing the suite, then each task's result.</summary>
internal static class ExportTestRun
{
    public static readonly RunKey Key = new("pyautogui", "screenshot", "test-model");

    /// <summary>A task of the suite and how it ended; a null status leaves it unfinished.</summary>
    public sealed record Entry(string Domain, string Id, EpisodeStatus? Status, double? Score = null, int Steps = 2, int Seconds = 60);

    /// <summary>
    /// The standard fixture: os/a 1.0, os/b 0.0, os/c agent_error, calc/d 1.0 (with usage), calc/e infra_error, calc/f unfinished.
    /// </summary>
    public static IReadOnlyList<Entry> Standard { get; } =
    [
        new("os", "a", EpisodeStatus.Scored, 1, Steps: 3, Seconds: 30),
        new("os", "b", EpisodeStatus.Scored, 0, Steps: 5, Seconds: 90),
        new("os", "c", EpisodeStatus.AgentError, Steps: 1, Seconds: 10),
        new("calc", "d", EpisodeStatus.Scored, 1, Steps: 4, Seconds: 40),
        new("calc", "e", EpisodeStatus.InfraError, Steps: 0, Seconds: 5),
        new("calc", "f", null),
    ];

    public static async Task<ResultStore> WriteAsync(string root, IReadOnlyList<Entry> entries, RunKey? key = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new ResultStore(root, key ?? Key, NullLogger<ResultStore>.Instance);
        await store.WriteManifestAsync(Manifest(entries), ct);
        foreach (var entry in entries.Where(e => e.Status is not null))
        {
            var folder = store.PrepareTaskFolder(entry.Domain, entry.Id);
            var started = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
            await store.WriteResultAsync(folder, new EpisodeResult
            {
                TaskId = entry.Id,
                Domain = entry.Domain,
                Status = entry.Status!.Value,
                Score = entry.Score,
                Steps = entry.Steps,
                Error = entry.Status == EpisodeStatus.Scored ? null : $"{entry.Id} failed, badly",
                StartedAt = started,
                FinishedAt = started.AddSeconds(entry.Seconds),
            }, ct);
        }

        return store;
    }

    /// <summary>Adds a <c>usage</c> object to a task's result.json, as an agent reporting tokens would.</summary>
    public static async Task AddUsageAsync(ResultStore store, string domain, string id, long input, long output, decimal cost)
    {
        var path = Path.Combine(store.GetTaskDirectory(domain, id), ResultStore.ResultJsonFile);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken))!.AsObject();
        json["usage"] = new JsonObject { ["input_tokens"] = input, ["output_tokens"] = output, ["cost_usd"] = cost };
        await File.WriteAllTextAsync(path, json.ToJsonString(), TestContext.Current.CancellationToken);
    }

    private static RunManifest Manifest(IReadOnlyList<Entry> entries) => new()
    {
        RunId = "run-1",
        StartedAt = new DateTimeOffset(2025, 3, 1, 11, 59, 0, TimeSpan.Zero),
        Status = "finished",
        Agent = "scripted",
        Provider = "local",
        ObservationType = "screenshot",
        ActionSpace = "pyautogui",
        MaxSteps = 15,
        DeskbenchVersion = "0.1.0",
        Machine = new MachineInfo("Linux", "x64", 2, ".NET 10", "host"),
        Tasks = [.. entries.Select(e => new RunManifestTask(e.Id, e.Domain, "hash-" + e.Id, $"/suite/{e.Domain}/{e.Id}.json"))],
    };
}

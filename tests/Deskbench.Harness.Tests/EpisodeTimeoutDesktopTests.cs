using System.Diagnostics;
using System.Text.Json.Nodes;
using Deskbench.Core.Results;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Logging;
using Deskbench.Harness.Results;
using Deskbench.Harness.Runs;
using Deskbench.Harness.Tests.Desktop;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Harness.Tests;

/// <summary>
/// Desktop tier: the hard episode limit (<see cref="EpisodeRunnerOptions.EpisodeTimeout"/>) and the per-episode structured
/// log, on the real local provider.
/// </summary>
public sealed class EpisodeTimeoutDesktopTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Agent_that_hangs_past_the_episode_limit_ends_as_timeout_and_its_desktop_goes()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "hangs");
        await using var agent = new HangingAgent();
        var runner = CreateRunner(parts, new EpisodeRunnerOptions { EpisodeTimeout = TimeSpan.FromSeconds(4) }, NullLoggerFactory.Instance);
        var store = CreateStore(agent.Name);
        var run = new BenchmarkRun(runner, agent, store, new BenchmarkRunOptions { InfraRetries = 2 }, TimeProvider.System, NullLogger<BenchmarkRun>.Instance);

        var clock = Stopwatch.StartNew();
        var summary = await run.RunAsync([task], TestContext.Current.CancellationToken);
        clock.Stop();

        var result = store.TryReadResult("os", task.Id)!;
        Assert.Equal(EpisodeStatus.Timeout, result.Status);
        Assert.Null(result.Score);
        Assert.Contains("exceeded its time limit of 4 s (during agent)", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, agent.Predictions);
        // A timeout is not an infrastructure failure: it is not retried, and it is final on resume.
        Assert.Single(result.Attempts);
        Assert.Equal(1, summary.Total.CountOf(EpisodeStatus.Timeout));
        Assert.Equal(0.0, summary.Total.SuccessRateOverAll);
        Assert.False(File.Exists(Path.Combine(store.GetTaskDirectory("os", task.Id), "result.txt")));
        Assert.False(ResumeRule.ShouldRun(result, rerunErrors: true));
        Assert.InRange(clock.Elapsed.TotalSeconds, 3.5, 30);
        Assert.DoesNotContain(
            Directory.Exists(_folder.Combine("work")) ? Directory.EnumerateDirectories(_folder.Combine("work"), "*", SearchOption.AllDirectories) : [],
            d => Path.GetFileName(d).StartsWith("home-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_attempt_logs_structured_events_into_the_task_folder()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "logged");
        await using var agent = new Deskbench.Agents.FailAgent();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(new EpisodeLogProvider()).SetMinimumLevel(LogLevel.Information));
        var runner = CreateRunner(parts, new EpisodeRunnerOptions(), loggers);
        var store = CreateStore(agent.Name);
        var run = new BenchmarkRun(runner, agent, store, new BenchmarkRunOptions(), TimeProvider.System, loggers.CreateLogger<BenchmarkRun>());

        await run.RunAsync([task], TestContext.Current.CancellationToken);

        var path = Path.Combine(store.GetTaskDirectory("os", task.Id), EpisodeLogSink.FileName);
        var events = (await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken)).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Contains(events, e => (string?)e["category"] == typeof(EpisodeRunner).FullName && ((string?)e["message"])!.Contains("starts", StringComparison.Ordinal));
        var scored = Assert.Single(events, e => ((string?)e["message"])!.Contains("scored", StringComparison.Ordinal));
        Assert.Equal("logged", (string?)scored["values"]!["TaskId"]);
        Assert.Equal(1.0, (double)scored["values"]!["Score"]!);
        Assert.All(events, e => Assert.Equal(1, (int)e["attempt"]!));
        Assert.All(events, e => Assert.True(DateTimeOffset.TryParse((string?)e["time"], out _)));
    }

    private static EpisodeParts RequireParts()
    {
        if (RealEpisodeParts.Parts is not { } parts)
        {
            Assert.Skip(RealEpisodeParts.Problem ?? "desktop tier unavailable");
            throw new InvalidOperationException("unreachable");
        }

        return parts;
    }

    private string TasksFolder() => Directory.CreateDirectory(_folder.Combine("tasks")).FullName;

    private ResultStore CreateStore(string model) =>
        new(_folder.Combine("results"), new RunKey("pyautogui", "screenshot", model), NullLogger<ResultStore>.Instance);

    private EpisodeRunner CreateRunner(EpisodeParts parts, EpisodeRunnerOptions options, ILoggerFactory loggers) =>
        new(parts.Provider, parts.SetupRunner, parts.Evaluator, parts.Assets, parts.Translators,
            options with { WorkRoot = _folder.Combine("work") }, TimeProvider.System, loggers.CreateLogger<EpisodeRunner>());
}

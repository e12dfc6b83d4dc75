using Deskbench.Core.Agents;
using Deskbench.Core.Results;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Results;
using Deskbench.Harness.Runs;
using Deskbench.Harness.Tests.Desktop;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Harness.Tests.Scheduler;

/// <summary>
/// Desktop tier: the token and cost budgets of an episode (from the agent's usage reports) stop the loop before the next
/// step; the episode is still evaluated, with the reason and the summed usage recorded in result.json.
/// </summary>
public sealed class EpisodeBudgetTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Token_budget_ends_the_episode_with_its_reason_and_the_usage_recorded()
    {
        var result = await RunAsync("token-budget", new TokenUsage(400, 200), new EpisodeRunnerOptions { MaxSteps = 10, MaxTokens = 1000 });

        Assert.Equal(EpisodeStatus.Scored, result.Status);
        Assert.Equal(0.0, result.Score);
        Assert.Equal(FinishReason.TokenBudget, result.FinishReason);
        Assert.Equal(2, result.Steps);
        Assert.Equal(new TokenUsage(800, 400), result.Usage);
    }

    [Fact]
    public async Task Cost_budget_ends_the_episode_with_its_reason_and_the_cost_recorded()
    {
        var result = await RunAsync("cost-budget", new TokenUsage(10, 5, 0.02m), new EpisodeRunnerOptions { MaxSteps = 10, MaxCostUsd = 0.05m });

        Assert.Equal(FinishReason.CostBudget, result.FinishReason);
        Assert.Equal(3, result.Steps);
        Assert.Equal(0.06m, result.Usage!.CostUsd);
    }

    [Fact]
    public async Task Without_a_budget_the_step_budget_ends_the_episode_and_usage_is_still_summed()
    {
        var result = await RunAsync("no-budget", new TokenUsage(400, 200), new EpisodeRunnerOptions { MaxSteps = 3 });

        Assert.Equal(FinishReason.StepBudget, result.FinishReason);
        Assert.Equal(new TokenUsage(1200, 600), result.Usage);
    }

    private async Task<EpisodeResult> RunAsync(string id, TokenUsage perStep, EpisodeRunnerOptions options)
    {
        if (RealEpisodeParts.Parts is not { } parts)
        {
            Assert.Skip(RealEpisodeParts.Problem ?? "desktop tier unavailable");
            throw new InvalidOperationException("unreachable");
        }

        var task = DesktopTaskFiles.Infeasible(Directory.CreateDirectory(_folder.Combine("tasks")).FullName, id);
        var runner = new EpisodeRunner(
            parts.Provider, parts.SetupRunner, parts.Evaluator, parts.Assets, parts.Translators,
            options with { WorkRoot = _folder.Combine("work") },
            TimeProvider.System,
            NullLogger<EpisodeRunner>.Instance);
        var store = new ResultStore(_folder.Combine("results"), new RunKey("pyautogui", "screenshot", "metered"), NullLogger<ResultStore>.Instance);
        await using var agent = new MeteredAgent(perStep);
        var run = new BenchmarkRun(runner, agent, store, new BenchmarkRunOptions { InfraRetries = 0 }, TimeProvider.System, NullLogger<BenchmarkRun>.Instance);
        await run.RunAsync([task], TestContext.Current.CancellationToken);
        return store.TryReadResult("os", id)!;
    }
}

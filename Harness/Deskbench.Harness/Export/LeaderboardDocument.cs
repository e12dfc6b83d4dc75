using Deskbench.Harness.Results;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Export;

/// <summary>
/// The <c>leaderboard</c> export: one JSON document with every run's manifest facts, per-domain and overall figures and
/// per-task outcomes. Its shape is documented by <c>docs/leaderboard.schema.json</c> (<see cref="SchemaVersion"/>).
/// </summary>
public static class LeaderboardDocument
{
    public const string SchemaVersion = "1.0";
    public const string SchemaId = "https://deskbench.dev/schemas/leaderboard.schema.json";

    public static string ToJson(IReadOnlyList<RunStatistics> runs, string generator, DateTimeOffset generatedAt) =>
        Build(runs, generator, generatedAt).ToJsonString(new JsonSerializerOptions(ResultJson.Document)) + "\n";

    public static JsonObject Build(IReadOnlyList<RunStatistics> runs, string generator, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return new JsonObject
        {
            ["$schema"] = SchemaId,
            ["schema_version"] = SchemaVersion,
            ["generator"] = generator,
            ["generated_at"] = generatedAt.ToUniversalTime().ToString("O"),
            ["runs"] = new JsonArray([.. runs.Select(Run)]),
        };
    }

    private static JsonObject Run(RunStatistics statistics)
    {
        var run = statistics.Run;
        return new JsonObject
        {
            ["run_folder"] = run.Label,
            ["manifest"] = Manifest(run),
            ["overall"] = Statistics(statistics.Overall),
            ["domains"] = new JsonArray([.. statistics.Domains.Select(Statistics)]),
            ["tasks"] = new JsonArray([.. run.Tasks.Select(Task)]),
        };
    }

    private static JsonObject Manifest(RunFolder run)
    {
        var m = run.Manifest;
        return new JsonObject
        {
            ["run_id"] = m?.RunId,
            ["status"] = m?.Status,
            ["started_at"] = m?.StartedAt.ToString("O"),
            ["finished_at"] = m?.FinishedAt?.ToString("O"),
            ["agent"] = m?.Agent,
            ["model"] = run.Key.Model,
            ["provider"] = m?.Provider,
            ["image_digest"] = run.ImageDigest,
            ["action_space"] = m?.ActionSpace ?? run.Key.ActionSpace,
            ["observation_type"] = m?.ObservationType ?? run.Key.ObservationType,
            ["max_steps"] = m?.MaxSteps,
            ["time_budget_seconds"] = m?.TimeBudgetSeconds,
            ["episode_timeout_seconds"] = m?.EpisodeTimeoutSeconds,
            ["max_tokens"] = m?.MaxTokens,
            ["max_cost_usd"] = m?.MaxCostUsd,
            ["parallelism"] = m?.Parallelism,
            ["infra_retries"] = m?.InfraRetries,
            ["platform_version"] = m?.DeskbenchVersion,
            ["commit"] = run.Commit,
            ["machine"] = m is null ? null : new JsonObject
            {
                ["os"] = m.Machine.Os,
                ["architecture"] = m.Machine.Architecture,
                ["cores"] = m.Machine.Cores,
                ["framework"] = m.Machine.Framework,
            },
            ["suite_hash"] = run.SuiteHash,
            ["suite_tasks"] = run.Tasks.Count,
        };
    }

    private static JsonObject Statistics(DomainStatistics d) => new()
    {
        ["domain"] = d.Domain,
        ["tasks"] = d.Tasks,
        ["scored"] = d.Scored,
        ["success"] = Round(d.Success),
        ["success_rate"] = Round(d.SuccessRate),
        ["success_interval"] = Interval(d.SuccessInterval),
        ["finished_success_rate"] = Round(d.FinishedSuccessRate),
        ["finished_success_interval"] = Interval(d.FinishedSuccessInterval),
        ["outcomes"] = new JsonObject(OutcomeNames.All.Select(o => KeyValuePair.Create(o, (JsonNode?)d.CountOf(o)))),
        ["average_steps"] = d.AverageSteps is { } steps ? Round(steps) : null,
        ["wall_seconds_total"] = Round(d.WallSecondsTotal),
        ["wall_seconds_mean"] = d.WallSecondsMean is { } mean ? Round(mean) : null,
        ["input_tokens"] = d.InputTokens,
        ["output_tokens"] = d.OutputTokens,
        ["cost_usd"] = d.CostUsd,
    };

    private static JsonObject Interval(ConfidenceInterval interval) => new()
    {
        ["method"] = "wilson",
        ["level"] = 0.95,
        ["lower"] = Round(interval.Lower),
        ["upper"] = Round(interval.Upper),
    };

    private static JsonObject Task(TaskOutcome t) => new()
    {
        ["domain"] = t.Domain,
        ["task_id"] = t.TaskId,
        ["content_hash"] = t.ContentHash,
        ["outcome"] = t.Outcome,
        ["score"] = t.Score,
        ["steps"] = t.Result?.Steps,
        ["wall_seconds"] = t.WallSeconds is { } seconds ? Round(seconds) : null,
        ["input_tokens"] = t.Usage?.InputTokens,
        ["output_tokens"] = t.Usage?.OutputTokens,
        ["cost_usd"] = t.Usage?.CostUsd,
        ["error"] = t.Result?.Error,
    };

    private static double Round(double value) => Math.Round(value, 6);
}

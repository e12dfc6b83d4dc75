using Deskbench.Core.Results;
using Deskbench.Core.Tasks;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Tests;

internal static class TestTasks
{
    public static TaskSpec Create(string id, string domain = "os", string sourcePath = "/suite/task.json") => new()
    {
        Id = id,
        Domain = domain,
        Instruction = "do the thing",
        Evaluator = new EvaluatorSpec { Funcs = ["infeasible"] },
        SourcePath = sourcePath,
        ContentHash = "hash-" + id,
        Raw = new JsonObject { ["id"] = id },
    };

    public static EpisodeResult Result(string id, string domain, EpisodeStatus status, double? score = null) => new()
    {
        TaskId = id,
        Domain = domain,
        Status = status,
        Score = score,
        FinishReason = FinishReason.Done,
        Steps = 2,
        Actions = 3,
        StartedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
        FinishedAt = new DateTimeOffset(2025, 1, 2, 3, 5, 5, TimeSpan.Zero),
        PhaseSeconds = new Dictionary<string, double> { ["agent"] = 1.5, ["setup"] = 0.25 },
    };
}

using Deskbench.Core.Tasks;
using System.Text.Json.Nodes;

namespace Deskbench.Agents.Tests;

/// <summary>Task files written to a temporary folder, as a loader would have read them.</summary>
internal static class TestTasks
{
    public static TaskSpec Create(string sourcePath, string id = "task-1", string domain = "os") => new()
    {
        Id = id,
        Domain = domain,
        Instruction = "do the thing",
        Evaluator = new EvaluatorSpec { Funcs = ["infeasible"] },
        SourcePath = sourcePath,
        ContentHash = "0",
        Raw = new JsonObject { ["id"] = id },
    };
}

using Deskbench.Core.Agents;
using Deskbench.Core.Tasks;

namespace Deskbench.Agents.OpenAI.Tests;

internal static class TestTasks
{
    public const string KeyVariable = "DESKBENCH_TEST_OPENAI_KEY";
    public const string Key = "sk-test-openai-0123456789";

    public const string Instruction = "Open the red square and type hello.";

    public static AgentTaskContext Context(string observationType = "screenshot") => new(new TaskSpec
    {
        Id = "t1",
        Domain = "test",
        Instruction = Instruction,
        Evaluator = new EvaluatorSpec { Funcs = ["infeasible"] },
        SourcePath = "/nonexistent/t1.json",
        ContentHash = "0",
        Raw = [],
    }, 15, observationType);
}

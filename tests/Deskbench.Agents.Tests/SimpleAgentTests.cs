using Deskbench.Core.Actions;
using Deskbench.Core.Agents;

namespace Deskbench.Agents.Tests;

public sealed class SimpleAgentTests
{
    private static readonly Observation Observation = new() { Instruction = "x", Screenshot = [], StepIndex = 0 };

    [Fact]
    public async Task Noop_agent_answers_DONE_at_once()
    {
        await using var agent = new NoopAgent();
        await agent.ResetAsync(new AgentTaskContext(TestTasks.Create("/t.json"), 15, "screenshot"), TestContext.Current.CancellationToken);

        var response = await agent.PredictAsync(Observation, TestContext.Current.CancellationToken);

        Assert.True(Assert.Single(response.Actions).IsDone);
        Assert.Equal(ActionSpaces.PyAutoGui, agent.ActionSpace);
        Assert.Equal("noop", agent.Name);
    }

    [Fact]
    public async Task Fail_agent_answers_FAIL_at_once()
    {
        await using var agent = new FailAgent();
        await agent.ResetAsync(new AgentTaskContext(TestTasks.Create("/t.json"), 15, "screenshot"), TestContext.Current.CancellationToken);

        var response = await agent.PredictAsync(Observation, TestContext.Current.CancellationToken);

        Assert.True(Assert.Single(response.Actions).IsFail);
        Assert.Equal(ActionSpaces.PyAutoGui, agent.ActionSpace);
        Assert.Equal("fail", agent.Name);
    }
}

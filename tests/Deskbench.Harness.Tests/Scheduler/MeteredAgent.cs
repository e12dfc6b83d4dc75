using Deskbench.Core.Actions;
using Deskbench.Core.Agents;

namespace Deskbench.Harness.Tests.Scheduler;

/// <summary>An agent double that answers WAIT every step and reports a fixed token usage and cost per step.</summary>
internal sealed class MeteredAgent(TokenUsage perStep) : IAgent
{
    public string Name => "metered";

    public string ActionSpace => ActionSpaces.PyAutoGui;

    public Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken) =>
        Task.FromResult(new AgentResponse("WAIT", [AgentAction.FromCode("WAIT")], perStep));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

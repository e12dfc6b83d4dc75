using Deskbench.Core.Actions;
using Deskbench.Core.Agents;

namespace Deskbench.Agents;

/// <summary>Answers DONE at once: the floor of any benchmark (scores only tasks already solved by their initial state).</summary>
public sealed class NoopAgent : IAgent
{
    public const string AgentName = "noop";

    public string Name => AgentName;

    public string ActionSpace => ActionSpaces.PyAutoGui;

    public Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken) =>
        Task.FromResult(new AgentResponse("DONE", [AgentAction.FromCode("DONE")]));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

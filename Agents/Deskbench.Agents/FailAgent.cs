using Deskbench.Core.Actions;
using Deskbench.Core.Agents;

namespace Deskbench.Agents;

/// <summary>Answers FAIL at once: scores 1 exactly on the infeasible tasks (OSWorld's infeasible check).</summary>
public sealed class FailAgent : IAgent
{
    public const string AgentName = "fail";

    public string Name => AgentName;

    public string ActionSpace => ActionSpaces.PyAutoGui;

    public Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken) =>
        Task.FromResult(new AgentResponse("FAIL", [AgentAction.FromCode("FAIL")]));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

using Deskbench.Core.Agents;

namespace Deskbench.Harness.Tests.Scheduler;

/// <summary>Passes everything to an inner agent and reports its disposal.</summary>
internal sealed class DisposalCountingAgent(IAgent inner, Action disposed) : IAgent
{
    public string Name => inner.Name;

    public string ActionSpace => inner.ActionSpace;

    public Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken) => inner.ResetAsync(context, cancellationToken);

    public Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken) => inner.PredictAsync(observation, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        disposed();
    }
}

using Deskbench.Core.Actions;
using Deskbench.Core.Agents;

namespace Deskbench.Harness.Tests.Desktop;

/// <summary>An agent whose predict call never returns and ignores cancellation (a stuck model client).</summary>
internal sealed class HangingAgent : IAgent
{
    private readonly TaskCompletionSource<AgentResponse> _never = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "hanging";

    public string ActionSpace => ActionSpaces.PyAutoGui;

    public int Predictions { get; private set; }

    public Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken)
    {
        Predictions++;
        return _never.Task;
    }

    public ValueTask DisposeAsync()
    {
        _never.TrySetCanceled();
        return ValueTask.CompletedTask;
    }
}

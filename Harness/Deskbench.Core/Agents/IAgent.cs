namespace Deskbench.Core.Agents;

/// <summary>An agent under evaluation. One instance serves one episode at a time.</summary>
public interface IAgent : IAsyncDisposable
{
    /// <summary>Model or agent name; names the results folder (<c>results/&lt;action_space&gt;/&lt;obs&gt;/&lt;model&gt;/…</c>).</summary>
    string Name { get; }

    /// <summary>The action space of the actions this agent returns (see <c>Deskbench.Core.Actions.ActionSpaces</c>).</summary>
    string ActionSpace { get; }

    /// <summary>Starts a new episode.</summary>
    Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken);

    /// <summary>One step: an observation in, a response and actions out.</summary>
    Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken);
}

using Deskbench.Core.Actions;
using Deskbench.Core.Agents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Agents;

/// <summary>
/// Replays a task's reference solution (<see cref="ScriptedSolution.PathFor"/>), one step per predict call, then
/// answers DONE. Its <see cref="ActionSpace"/> is the solution's, known after <see cref="ResetAsync"/>
/// (pyautogui before the first reset). A missing or invalid solution file makes ResetAsync throw
/// <see cref="SolutionFileException"/>.
/// </summary>
public sealed class ScriptedAgent(ILogger<ScriptedAgent>? logger = null) : IAgent
{
    public const string AgentName = "scripted";

    private readonly ILogger<ScriptedAgent> _logger = logger ?? NullLogger<ScriptedAgent>.Instance;
    private ScriptedSolution? _solution;
    private int _nextStep;

    public string Name => AgentName;

    public string ActionSpace => _solution?.ActionSpace ?? ActionSpaces.PyAutoGui;

    /// <summary>The solution loaded by the last reset, or null before the first.</summary>
    public ScriptedSolution? Solution => _solution;

    public async Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        _solution = null;
        _nextStep = 0;
        var path = ScriptedSolution.PathFor(context.Task.SourcePath);
        _solution = await ScriptedSolutionReader.ReadAsync(path, cancellationToken);
        _logger.LogInformation("Replaying {Steps} steps ({ActionSpace}) from {Path}", _solution.Steps.Count, _solution.ActionSpace, path);
    }

    public Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken)
    {
        var solution = _solution ?? throw new InvalidOperationException("PredictAsync before ResetAsync: no solution is loaded");
        if (_nextStep >= solution.Steps.Count)
        {
            return Task.FromResult(new AgentResponse($"scripted: all {solution.Steps.Count} steps replayed", [AgentAction.FromCode("DONE")]));
        }

        var actions = solution.Steps[_nextStep];
        _nextStep++;
        var response = $"scripted step {_nextStep} of {solution.Steps.Count}: {string.Join("; ", actions)}";
        return Task.FromResult(new AgentResponse(response, actions));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

using System.Globalization;
using System.Text.Json.Nodes;
using Deskbench.Core.Agents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Agents.Remote;

/// <summary>
/// An agent that lives in another process, in any language, behind the HTTP protocol of docs/agent-protocol.md:
/// <c>POST reset</c> when a task starts, <c>POST predict</c> per step (instruction, screenshot as base64 PNG, the
/// accessibility tree and its table, set-of-marks, the previous step's action results) → response text, actions in the
/// declared action space, optional token usage. Network trouble is retried; a reply that breaks the protocol ends the
/// episode as an agent error whose message names the agent, the step and what was wrong.
/// </summary>
public sealed class RemoteAgent : IAgent
{
    private readonly RemoteAgentOptions _options;
    private readonly HttpClient _http;
    private readonly RemoteAgentCaller _caller;
    private readonly ILogger<RemoteAgent> _logger;
    private string _taskLabel = "(no task)";

    public RemoteAgent(RemoteAgentOptions options, ILogger<RemoteAgent>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _logger = logger ?? NullLogger<RemoteAgent>.Instance;
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _caller = new RemoteAgentCaller(_http, options, _logger, timeProvider ?? TimeProvider.System);
    }

    public string Name => _options.Name;

    public string ActionSpace => _options.ActionSpace;

    public async Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var task = context.Task;
        _taskLabel = $"{task.Domain}/{task.Id}";
        var body = new JsonObject
        {
            ["protocol"] = RemoteAgentProtocol.Version,
            ["task"] = new JsonObject
            {
                ["id"] = task.Id,
                ["domain"] = task.Domain,
                ["instruction"] = task.Instruction,
                ["related_apps"] = new JsonArray([.. task.RelatedApps.Select(a => (JsonNode?)JsonValue.Create(a))]),
            },
            ["max_steps"] = context.MaxSteps,
            ["observation_type"] = context.ObservationType,
            ["action_space"] = _options.ActionSpace,
        };
        var where = $"agent at {_options.BaseUrl}: reset for {_taskLabel}";
        var text = await _caller.PostAsync(RemoteAgentProtocol.ResetPath, body, $"reset for {_taskLabel}", cancellationToken).ConfigureAwait(false);
        // The reply may be empty or an object; an object may confirm the action space, and must not contradict it.
        if (text.Trim().Length > 0 && JsonNodeOrNull(text) is JsonObject reply && reply["action_space"] is JsonValue declared
            && declared.TryGetValue(out string? space) && !string.Equals(space, _options.ActionSpace, StringComparison.Ordinal))
        {
            throw new RemoteAgentException(
                $"{where}: the agent writes actions in '{space}' but the run declared '{_options.ActionSpace}' (--agent-action-space)");
        }

        _logger.LogInformation("Agent at {Url} reset for {Task}", _options.BaseUrl, _taskLabel);
    }

    public async Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var body = new JsonObject
        {
            ["step_index"] = observation.StepIndex,
            ["instruction"] = observation.Instruction,
            ["observation_type"] = observation.Type is { } type ? Deskbench.Core.Observations.ObservationTypes.ToName(type) : null,
            ["screenshot"] = Convert.ToBase64String(observation.Screenshot),
            ["accessibility_tree"] = observation.AccessibilityTree,
            ["linearized_accessibility_tree"] = observation.LinearizedAccessibilityTree,
            ["som_screenshot"] = observation.SetOfMarksScreenshot is { } som ? Convert.ToBase64String(som) : null,
            ["terminal"] = observation.Terminal,
            ["side_files"] = new JsonObject([.. observation.SideFiles.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))]),
            ["previous_results"] = new JsonArray([.. observation.PreviousResults.Select(r => (JsonNode?)new JsonObject
            {
                ["index"] = r.Index,
                ["type"] = r.Type,
                ["success"] = r.Success,
                ["error"] = r.Error,
            })]),
        };
        var what = $"predict for {_taskLabel} step {observation.StepIndex.ToString(CultureInfo.InvariantCulture)}";
        var text = await _caller.PostAsync(RemoteAgentProtocol.PredictPath, body, what, cancellationToken).ConfigureAwait(false);
        return RemoteAgentReply.Parse(text, $"agent at {_options.BaseUrl}: {what}");
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private static JsonNode? JsonNodeOrNull(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

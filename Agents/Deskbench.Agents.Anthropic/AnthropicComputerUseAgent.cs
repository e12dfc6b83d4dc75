using Deskbench.Agents.Models;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Agents;
using Microsoft.Extensions.Logging;

namespace Deskbench.Agents.Anthropic;

/// <summary>
/// The <c>anthropic-cu</c> agent: Anthropic's computer-use tool loop. Each step sends the pending tool results (the
/// outcome of the actions the harness ran and the new screenshot, downscaled per <see cref="CoordinateScaling"/>) and
/// returns the model's desktop actions in the <c>anthropic</c> action space with coordinates mapped back to the screen.
/// <c>screenshot</c>, <c>zoom</c> (a crop of the full-resolution screenshot) and <c>cursor_position</c> are answered
/// by the agent itself. A turn without tool calls ends the episode: DONE, or FAIL when the model says FAIL.
/// </summary>
public sealed class AnthropicComputerUseAgent : IAgent
{
    private readonly AnthropicAgentSettings _settings;
    private readonly AnthropicMessagesCaller _caller;
    private readonly ILogger<AnthropicComputerUseAgent> _logger;
    private readonly TimeProvider _time;
    private readonly List<AnthropicPendingCall> _pending = [];
    private JsonArray _messages = [];
    private (int X, int Y)? _cursor;

    internal AnthropicComputerUseAgent(AnthropicAgentSettings settings, AnthropicMessagesCaller caller, ILogger<AnthropicComputerUseAgent> logger, TimeProvider time)
    {
        _ = AnthropicToolVersions.BetaHeaderOf(settings.ToolVersion);
        _settings = settings;
        _caller = caller;
        _logger = logger;
        _time = time;
    }

    public string Name => _settings.Model;

    public string ActionSpace => AnthropicActionTranslator.Space;

    /// <summary>The conversation so far (requests' <c>messages</c>), for inspection.</summary>
    internal JsonArray Messages => _messages;

    public Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken)
    {
        _messages = [];
        _pending.Clear();
        _cursor = null;
        return Task.CompletedTask;
    }

    public async Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var (width, height) = PngImages.SizeOf(observation.Screenshot);
        var scaling = CoordinateScaling.FitWithin(width, height, _settings.MaxLongEdge, _settings.MaxPixels);
        var screen = new AnthropicScreen(observation.Screenshot, scaling);
        var translator = new AnthropicActionTranslator(scaling);

        var user = _pending.Count > 0 ? AnswerPending(observation, screen, translator)
            : _messages.Count == 0 ? new JsonArray(AnthropicContent.Text(observation.Instruction), AnthropicContent.Image(screen.ModelImage))
            : new JsonArray(AnthropicContent.Text("Here is the current screen."), AnthropicContent.Image(screen.ModelImage));
        _pending.Clear();

        long input = 0, output = 0;
        var texts = new List<string>();
        for (var call = 0; call < Math.Max(1, _settings.MaxCallsPerStep); call++)
        {
            _messages.Add(AnthropicContent.Message("user", user));
            AnthropicContent.DropOldImages(_messages, _settings.KeepRecentImages);
            var reply = await _caller.CreateAsync(RequestBody(scaling), AnthropicToolVersions.BetaHeaderOf(_settings.ToolVersion), cancellationToken);
            (input, output) = AddUsage(reply, input, output);
            var content = reply["content"] as JsonArray ?? [];
            _messages.Add(AnthropicContent.Message("assistant", (JsonArray)content.DeepClone()));
            texts.AddRange(content.OfType<JsonObject>().Where(b => (string?)b["type"] == "text").Select(b => (string?)b["text"] ?? ""));
            var toolUses = content.OfType<JsonObject>().Where(b => (string?)b["type"] == "tool_use").ToList();
            if (toolUses.Count == 0)
            {
                return Finish(texts, input, output);
            }

            var actions = Plan(toolUses, translator, scaling);
            if (actions.Count > 0)
            {
                _logger.LogInformation("{Model}: {Count} desktop action(s)", _settings.Model, actions.Count);
                return new AgentResponse(ResponseText(texts, toolUses), actions, Usage(input, output));
            }

            user = AnswerPending(observation, screen, translator);
            _pending.Clear();
        }

        _logger.LogWarning("{Model}: {Calls} calls without a desktop action in one step", _settings.Model, _settings.MaxCallsPerStep);
        return new AgentResponse(string.Join("\n", texts), [], Usage(input, output));
    }

    public ValueTask DisposeAsync()
    {
        _caller.Dispose();
        return ValueTask.CompletedTask;
    }

    private JsonObject RequestBody(CoordinateScaling scaling)
    {
        var tool = new JsonObject
        {
            ["type"] = _settings.ToolVersion,
            ["name"] = "computer",
            ["display_width_px"] = scaling.ModelWidth,
            ["display_height_px"] = scaling.ModelHeight,
            ["display_number"] = 1,
        };
        if (AnthropicToolVersions.SupportsZoom(_settings.ToolVersion))
        {
            tool["enable_zoom"] = true;
        }

        return new JsonObject
        {
            ["model"] = _settings.Model,
            ["max_tokens"] = _settings.MaxTokens,
            ["system"] = AnthropicSystemPrompt.Build(_settings, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime)),
            ["tools"] = new JsonArray(tool),
            ["messages"] = _messages.DeepClone(),
        };
    }

    /// <summary>Records every tool call as pending and returns the desktop actions (coordinates mapped to the screen).</summary>
    private List<AgentAction> Plan(List<JsonObject> toolUses, AnthropicActionTranslator translator, CoordinateScaling scaling)
    {
        var actions = new List<AgentAction>();
        foreach (var use in toolUses)
        {
            var id = (string?)use["id"] ?? "";
            var input = use["input"] as JsonObject ?? [];
            var name = AnthropicActionTranslator.ActionName(input) ?? "";
            if ((string?)use["name"] != "computer")
            {
                _pending.Add(new(id, name, input, null, $"unknown tool '{(string?)use["name"]}'; only 'computer' is available"));
                continue;
            }

            if (AnthropicActionTranslator.ObservationActions.Contains(name))
            {
                _pending.Add(new(id, name, input, null));
                continue;
            }

            try
            {
                _ = translator.TranslateInput(input);
                _pending.Add(new(id, name, input, actions.Count));
                actions.Add(new AgentAction(ToScreen(input, scaling)));
            }
            catch (ActionTranslationException e)
            {
                _pending.Add(new(id, name, input, null, e.Message));
            }
        }

        return actions;
    }

    /// <summary>The tool results for the pending calls, from the step's outcomes and the current screen.</summary>
    private JsonArray AnswerPending(Observation observation, AnthropicScreen screen, AnthropicActionTranslator translator)
    {
        var results = new List<JsonObject>();
        var imageSent = false;
        foreach (var call in _pending)
        {
            if (call.Error is { } error)
            {
                results.Add(AnthropicContent.ToolResult(call.Id, [AnthropicContent.Text(error)], isError: true));
                continue;
            }

            if (call.AgentActionIndex is { } index)
            {
                var outcome = observation.PreviousResults.FirstOrDefault(o => o.Index == index);
                results.Add(outcome is { Success: false }
                    ? AnthropicContent.ToolResult(call.Id, [AnthropicContent.Text(outcome.Error ?? "the action failed")], isError: true)
                    : AnthropicContent.ToolResult(call.Id, []));
                TrackCursor(call.Input);
                continue;
            }

            results.Add(Observe(call, screen, translator, ref imageSent));
        }

        if (!imageSent && results.Count > 0)
        {
            ((JsonArray)results[^1]["content"]!).Add(AnthropicContent.Image(screen.ModelImage));
        }

        return new JsonArray([.. results]);
    }

    private JsonObject Observe(AnthropicPendingCall call, AnthropicScreen screen, AnthropicActionTranslator translator, ref bool imageSent)
    {
        switch (call.Action)
        {
            case "screenshot":
                imageSent = true;
                return AnthropicContent.ToolResult(call.Id, [AnthropicContent.Image(screen.ModelImage)]);
            case "cursor_position":
                return AnthropicContent.ToolResult(call.Id, [AnthropicContent.Text(_cursor is var (x, y) ? $"X={x},Y={y}" : "The cursor position is unknown; take a screenshot.")]);
            default:
                try
                {
                    var region = translator.ZoomRegion(call.Input);
                    return AnthropicContent.ToolResult(call.Id, [AnthropicContent.Image(screen.Zoom(region))]);
                }
                catch (ActionTranslationException e)
                {
                    return AnthropicContent.ToolResult(call.Id, [AnthropicContent.Text(e.Message)], isError: true);
                }
        }
    }

    private void TrackCursor(JsonObject input)
    {
        if (PointOf(input["coordinate"]) is var (cx, cy))
        {
            _cursor = ((int)cx, (int)cy);
        }
    }

    private static JsonObject ToScreen(JsonObject input, CoordinateScaling scaling)
    {
        var mapped = (JsonObject)input.DeepClone();
        foreach (var field in new[] { "coordinate", "start_coordinate" })
        {
            if (PointOf(mapped[field]) is var (mx, my))
            {
                var (sx, sy) = scaling.ToScreen(mx, my);
                mapped[field] = new JsonArray(sx, sy);
            }
        }

        return mapped;
    }

    private static (double X, double Y)? PointOf(JsonNode? node) =>
        node is JsonArray { Count: 2 } pair && pair[0] is JsonValue x && pair[1] is JsonValue y
        && x.TryGetValue(out double px) && y.TryGetValue(out double py) ? (px, py) : null;

    private AgentResponse Finish(List<string> texts, long input, long output)
    {
        var text = string.Join("\n", texts).Trim();
        var word = text.Split((char[])[' ', '\n', '\t', '.', '!'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        var action = word == SpecialActionWords.Fail ? SpecialActionWords.Fail : SpecialActionWords.Done;
        return new AgentResponse(text, [AgentAction.FromCode(action)], Usage(input, output));
    }

    private static string ResponseText(List<string> texts, List<JsonObject> toolUses) =>
        string.Join("\n", texts.Concat(toolUses.Select(t => "computer " + t["input"]?.ToJsonString())));

    private static (long Input, long Output) AddUsage(JsonObject reply, long input, long output)
    {
        var usage = reply["usage"] as JsonObject;
        long Read(string name) => usage?[name] is JsonValue v && v.TryGetValue(out long n) ? n : 0;
        return (input + Read("input_tokens") + Read("cache_creation_input_tokens") + Read("cache_read_input_tokens"), output + Read("output_tokens"));
    }

    private TokenUsage Usage(long input, long output) => new(input, output, _settings.PriceOf(_settings.Model)?.CostOf(input, output));
}

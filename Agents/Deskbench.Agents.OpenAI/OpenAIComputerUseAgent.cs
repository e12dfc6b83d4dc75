using Deskbench.Agents.Models;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Agents;
using Microsoft.Extensions.Logging;

namespace Deskbench.Agents.OpenAI;

/// <summary>
/// The <c>openai-cu</c> agent: OpenAI's computer use through the Responses API. The first request carries the
/// instruction and the screenshot; each later one chains with <c>previous_response_id</c> and answers the last
/// <c>computer_call</c> with a <c>computer_call_output</c> screenshot (pending safety checks are acknowledged; action
/// errors are added as a user message, since the output has no error field). The model's actions are returned in the
/// <c>openai</c> action space with coordinates mapped back to the screen. A reply without a computer call ends the
/// episode with DONE, or FAIL when the model says FAIL; any other message is answered with a request to go on.
/// </summary>
public sealed class OpenAIComputerUseAgent : IAgent
{
    internal const string ContinuePrompt = "Please continue the task on your own without asking for confirmation. When it is complete, answer DONE; if it cannot be done, answer FAIL.";

    private readonly OpenAIAgentSettings _settings;
    private readonly OpenAIResponsesCaller _caller;
    private readonly ILogger<OpenAIComputerUseAgent> _logger;
    private string? _previousResponseId;
    private OpenAIPendingCall? _pending;

    internal OpenAIComputerUseAgent(OpenAIAgentSettings settings, OpenAIResponsesCaller caller, ILogger<OpenAIComputerUseAgent> logger)
    {
        if (settings.ComputerToolType is not ("computer_use_preview" or "computer"))
        {
            throw new ArgumentException($"unknown computer tool type '{settings.ComputerToolType}'; expected computer_use_preview or computer", nameof(settings));
        }

        _settings = settings;
        _caller = caller;
        _logger = logger;
    }

    public string Name => _settings.Model;

    public string ActionSpace => OpenAiActionTranslator.Space;

    public Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken)
    {
        _previousResponseId = null;
        _pending = null;
        return Task.CompletedTask;
    }

    public async Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var (width, height) = PngImages.SizeOf(observation.Screenshot);
        var scaling = CoordinateScaling.FitWithin(width, height, _settings.MaxLongEdge, _settings.MaxPixels);
        var image = scaling.IsIdentity ? observation.Screenshot : PngImages.Resize(observation.Screenshot, scaling.ModelWidth, scaling.ModelHeight);
        var translator = new OpenAiActionTranslator(scaling);

        var input = _previousResponseId is null ? new JsonArray(OpenAIInputItems.UserMessage(observation.Instruction, image))
            : _pending is not null ? AnswerCall(_pending, observation, image)
            : new JsonArray(OpenAIInputItems.UserMessage("Here is the current screen.", image));
        _pending = null;

        long inputTokens = 0, outputTokens = 0;
        var texts = new List<string>();
        for (var call = 0; call < Math.Max(1, _settings.MaxCallsPerStep); call++)
        {
            var reply = await _caller.CreateAsync(RequestBody(input, scaling), cancellationToken);
            _previousResponseId = (string?)reply["id"];
            inputTokens += reply["usage"]?["input_tokens"]?.GetValue<long>() ?? 0;
            outputTokens += reply["usage"]?["output_tokens"]?.GetValue<long>() ?? 0;
            var output = reply["output"] as JsonArray ?? [];
            texts.AddRange(output.OfType<JsonObject>().Where(i => (string?)i["type"] == "message")
                .SelectMany(i => i["content"] as JsonArray ?? []).OfType<JsonObject>().Select(c => (string?)c["text"] ?? ""));
            var computerCall = output.OfType<JsonObject>().LastOrDefault(i => (string?)i["type"] == "computer_call");
            if (computerCall is null)
            {
                if (FinalWord(texts) is { } word)
                {
                    return new AgentResponse(string.Join("\n", texts), [AgentAction.FromCode(word)], Usage(inputTokens, outputTokens));
                }

                input = new JsonArray(OpenAIInputItems.UserMessage(ContinuePrompt));
                continue;
            }

            var (actions, errors) = Plan(computerCall, translator, scaling);
            var pending = new OpenAIPendingCall((string?)computerCall["call_id"] ?? "", (JsonArray)(computerCall["pending_safety_checks"]?.DeepClone() ?? new JsonArray()), errors);
            if (pending.SafetyChecks.Count > 0)
            {
                _logger.LogWarning("{Model}: acknowledging safety checks {Checks}", _settings.Model, pending.SafetyChecks.ToJsonString());
            }

            if (actions.Count > 0)
            {
                _pending = pending;
                var text = string.Join("\n", texts.Append("computer_call " + computerCall.ToJsonString()));
                return new AgentResponse(text, actions, Usage(inputTokens, outputTokens));
            }

            input = AnswerCall(pending, observation, image);
        }

        _logger.LogWarning("{Model}: {Calls} calls without a desktop action in one step", _settings.Model, _settings.MaxCallsPerStep);
        return new AgentResponse(string.Join("\n", texts), [], Usage(inputTokens, outputTokens));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private JsonObject RequestBody(JsonArray input, CoordinateScaling scaling)
    {
        var tool = _settings.ComputerToolType == "computer"
            ? new JsonObject { ["type"] = "computer" }
            : new JsonObject
            {
                ["type"] = "computer_use_preview",
                ["display_width"] = scaling.ModelWidth,
                ["display_height"] = scaling.ModelHeight,
                ["environment"] = _settings.Environment,
            };
        var body = new JsonObject
        {
            ["model"] = _settings.Model,
            ["tools"] = new JsonArray(tool),
            ["input"] = input.DeepClone(),
            ["truncation"] = "auto",
        };
        if (_previousResponseId is not null)
        {
            body["previous_response_id"] = _previousResponseId;
        }

        return body;
    }

    /// <summary>The call's desktop actions with coordinates mapped to the screen, and the errors of the ones that cannot run.</summary>
    private static (List<AgentAction> Actions, List<string> Errors) Plan(JsonObject computerCall, OpenAiActionTranslator translator, CoordinateScaling scaling)
    {
        var actions = new List<AgentAction>();
        var errors = new List<string>();
        IReadOnlyList<JsonObject> items;
        try
        {
            items = OpenAiActionTranslator.ActionsOf(computerCall);
        }
        catch (ActionTranslationException e)
        {
            return (actions, [e.Message]);
        }

        foreach (var item in items)
        {
            try
            {
                if (translator.TranslateAction(item).Count > 0 || (string?)item["type"] != "screenshot")
                {
                    actions.Add(new AgentAction(ToScreen(item, scaling)));
                }
            }
            catch (ActionTranslationException e)
            {
                errors.Add(e.Message);
            }
        }

        return (actions, errors);
    }

    private static JsonArray AnswerCall(OpenAIPendingCall call, Observation observation, byte[] image)
    {
        var items = new JsonArray(OpenAIInputItems.ComputerCallOutput(call.CallId, image, call.SafetyChecks));
        var errors = call.Errors.Concat(observation.PreviousResults.Where(o => !o.Success).Select(o => o.Error ?? "an action failed")).ToList();
        if (errors.Count > 0)
        {
            items.Add(OpenAIInputItems.UserMessage("These actions could not be carried out:\n" + string.Join("\n", errors)));
        }

        return items;
    }

    private static JsonObject ToScreen(JsonObject action, CoordinateScaling scaling)
    {
        var mapped = (JsonObject)action.DeepClone();
        if (scaling.IsIdentity)
        {
            return mapped;
        }

        Map(mapped, scaling);
        foreach (var point in (mapped["path"] as JsonArray ?? []).OfType<JsonObject>())
        {
            Map(point, scaling);
        }

        if (mapped["scroll_x"] is JsonValue sx && sx.TryGetValue(out double scrollX))
        {
            mapped["scroll_x"] = Math.Round(scaling.LengthToScreen(scrollX, horizontal: true));
        }

        if (mapped["scroll_y"] is JsonValue sy && sy.TryGetValue(out double scrollY))
        {
            mapped["scroll_y"] = Math.Round(scaling.LengthToScreen(scrollY, horizontal: false));
        }

        return mapped;
    }

    private static void Map(JsonObject point, CoordinateScaling scaling)
    {
        if (point["x"] is JsonValue x && x.TryGetValue(out double px) && point["y"] is JsonValue y && y.TryGetValue(out double py))
        {
            var (sx, sy) = scaling.ToScreen(px, py);
            point["x"] = sx;
            point["y"] = sy;
        }
    }

    private static string? FinalWord(List<string> texts)
    {
        var words = string.Join(" ", texts).Split((char[])[' ', '\n', '\t', '.', '!', '`'], StringSplitOptions.RemoveEmptyEntries);
        return words.LastOrDefault() is SpecialActionWords.Done or SpecialActionWords.Fail ? words[^1] : null;
    }

    private TokenUsage Usage(long input, long output) => new(input, output, _settings.PriceOf(_settings.Model)?.CostOf(input, output));
}

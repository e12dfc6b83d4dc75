using System.ClientModel;
using Deskbench.Core.Actions;
using Deskbench.Core.Agents;
using Deskbench.Core.Observations;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Deskbench.Agents.OpenAI;

/// <summary>
/// The <c>prompt</c> agent, in the style of OSWorld's PromptAgent, over chat completions: a system prompt chosen by
/// observation type and action space, the last <see cref="OpenAIAgentSettings.HistoryLength"/> turns (observation and
/// reply), then the current observation (screenshot as a base64 PNG image part, accessibility tree or set-of-marks table
/// as text); pyautogui code or computer_13 JSON is read from the reply.
/// </summary>
public sealed class PromptAgent : IAgent
{
    private readonly OpenAIAgentSettings _settings;
    private readonly ChatClient _chat;
    private readonly ILogger<PromptAgent> _logger;
    private readonly List<PromptTurn> _turns = [];
    private ObservationType _type = ObservationType.Screenshot;

    internal PromptAgent(OpenAIAgentSettings settings, ChatClient chat, ILogger<PromptAgent> logger)
    {
        if (settings.ActionSpace is not (ActionSpaces.PyAutoGui or ActionSpaces.Computer13))
        {
            throw new ArgumentException($"the prompt agent writes pyautogui or computer_13, not '{settings.ActionSpace}'", nameof(settings));
        }

        _settings = settings;
        _chat = chat;
        _logger = logger;
    }

    public string Name => _settings.Model;

    public string ActionSpace => _settings.ActionSpace;

    public Task ResetAsync(AgentTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        _turns.Clear();
        _type = ObservationTypes.TryParse(context.ObservationType, out var type) ? type.Value : ObservationType.Screenshot;
        return Task.CompletedTask;
    }

    public async Task<AgentResponse> PredictAsync(Observation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var type = observation.Type ?? _type;
        var image = type switch
        {
            ObservationType.A11yTree => null,
            ObservationType.SetOfMarks => observation.SetOfMarksScreenshot ?? observation.Screenshot,
            _ => observation.Screenshot,
        };
        var tree = type == ObservationType.Screenshot ? null : observation.LinearizedAccessibilityTree ?? observation.AccessibilityTree;

        var messages = new List<ChatMessage> { new SystemChatMessage(PromptSystemPrompts.For(type, _settings.ActionSpace, observation.Instruction)) };
        foreach (var turn in _turns.TakeLast(_settings.HistoryLength))
        {
            messages.Add(User(turn.Type, turn.Tree, turn.Image));
            messages.Add(new AssistantChatMessage(turn.Reply.Trim().Length > 0 ? turn.Reply : "No valid action"));
        }

        messages.Add(User(type, tree, image));
        var options = new ChatCompletionOptions { MaxOutputTokenCount = _settings.MaxTokens, Temperature = _settings.Temperature, TopP = _settings.TopP };
        ChatCompletion completion;
        try
        {
            completion = (await _chat.CompleteChatAsync(messages, options, cancellationToken)).Value;
        }
        catch (ClientResultException e)
        {
            throw OpenAIClients.Failure(e);
        }

        var reply = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        _turns.Add(new PromptTurn(type, tree, image, reply));
        var actions = PromptResponseParser.Parse(reply, _settings.ActionSpace);
        _logger.LogInformation("{Model}: {Count} action(s) from the reply", _settings.Model, actions.Count);
        var input = completion.Usage?.InputTokenCount ?? 0;
        var output = completion.Usage?.OutputTokenCount ?? 0;
        return new AgentResponse(reply, actions, new TokenUsage(input, output, _settings.PriceOf(_settings.Model)?.CostOf(input, output)));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static UserChatMessage User(ObservationType type, string? tree, byte[]? image)
    {
        var parts = new List<ChatMessageContentPart> { ChatMessageContentPart.CreateTextPart(PromptSystemPrompts.Observation(type, tree)) };
        if (image is not null)
        {
            parts.Add(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(image), "image/png", ChatImageDetailLevel.High));
        }

        return new UserChatMessage(parts);
    }
}

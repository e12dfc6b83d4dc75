using System.Text.Json.Nodes;

namespace Deskbench.Agents.Anthropic.Tests;

/// <summary>Messages API responses shaped like the documentation's examples.</summary>
internal static class AnthropicReplies
{
    public static JsonObject ToolUse(string id, JsonObject input, string? text = null, int inputTokens = 1000, int outputTokens = 50)
    {
        var content = new JsonArray();
        if (text is not null)
        {
            content.Add(new JsonObject { ["type"] = "text", ["text"] = text });
        }

        content.Add(new JsonObject { ["type"] = "tool_use", ["id"] = id, ["name"] = "computer", ["input"] = input });
        return Message(content, "tool_use", inputTokens, outputTokens);
    }

    public static JsonObject Text(string text, int inputTokens = 1000, int outputTokens = 10) =>
        Message(new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }), "end_turn", inputTokens, outputTokens);

    public static string Error(string type, string message) =>
        new JsonObject { ["type"] = "error", ["error"] = new JsonObject { ["type"] = type, ["message"] = message } }.ToJsonString();

    private static JsonObject Message(JsonArray content, string stopReason, int inputTokens, int outputTokens) => new()
    {
        ["id"] = "msg_" + Guid.NewGuid().ToString("N")[..12],
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = "claude-sonnet-4-5-20250929",
        ["content"] = content,
        ["stop_reason"] = stopReason,
        ["stop_sequence"] = null,
        ["usage"] = new JsonObject { ["input_tokens"] = inputTokens, ["output_tokens"] = outputTokens },
    };
}

using System.Text.Json.Nodes;

namespace Deskbench.Agents.OpenAI.Tests;

/// <summary>Chat completions and Responses API answers shaped like the documentation's examples.</summary>
internal static class OpenAIReplies
{
    public static JsonObject Chat(string content, int promptTokens = 1200, int completionTokens = 80) => new()
    {
        ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..10],
        ["object"] = "chat.completion",
        ["created"] = 1_764_000_000,
        ["model"] = "gpt-4o-2024-08-06",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
            ["logprobs"] = null,
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
    };

    public static JsonObject ComputerCall(string responseId, string callId, JsonNode actionOrActions, bool batched = false, JsonArray? safetyChecks = null)
    {
        var call = new JsonObject
        {
            ["type"] = "computer_call",
            ["id"] = "cu_" + callId,
            ["call_id"] = callId,
            [batched ? "actions" : "action"] = actionOrActions,
            ["pending_safety_checks"] = safetyChecks ?? [],
            ["status"] = "completed",
        };
        return Response(responseId, new JsonArray(new JsonObject { ["type"] = "reasoning", ["id"] = "rs_" + callId, ["summary"] = new JsonArray() }, call));
    }

    public static JsonObject Message(string responseId, string text) => Response(responseId, new JsonArray(new JsonObject
    {
        ["type"] = "message",
        ["id"] = "msg_" + responseId,
        ["status"] = "completed",
        ["role"] = "assistant",
        ["content"] = new JsonArray(new JsonObject { ["type"] = "output_text", ["text"] = text, ["annotations"] = new JsonArray() }),
    }));

    public static string Error(string message, string type = "invalid_request_error") =>
        new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = null, ["code"] = null } }.ToJsonString();

    private static JsonObject Response(string id, JsonArray output) => new()
    {
        ["id"] = id,
        ["object"] = "response",
        ["created_at"] = 1_764_000_000,
        ["status"] = "completed",
        ["model"] = "computer-use-preview-2025-03-11",
        ["output"] = output,
        ["usage"] = new JsonObject { ["input_tokens"] = 900, ["output_tokens"] = 40, ["total_tokens"] = 940 },
    };
}

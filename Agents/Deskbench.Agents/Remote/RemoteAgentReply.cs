using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Agents;

namespace Deskbench.Agents.Remote;

/// <summary>Reads a <c>/predict</c> reply: <c>{"response": text|null, "actions": [...], "usage": {...}?}</c>.</summary>
internal static class RemoteAgentReply
{
    /// <summary>The agent's answer; <see cref="RemoteAgentException"/> naming <paramref name="where"/> when the reply breaks the protocol.</summary>
    public static AgentResponse Parse(string text, string where)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new RemoteAgentException($"{where}: the reply is not JSON ({ex.Message}): {RemoteAgentCaller.Snippet(text)}");
        }

        if (node is not JsonObject reply)
        {
            throw Malformed(where, "a JSON object {\"response\", \"actions\", \"usage\"}", text);
        }

        var response = reply["response"] switch
        {
            null => null,
            JsonValue value when value.TryGetValue(out string? s) => s,
            _ => throw Malformed(where, "\"response\" to be a string or null", text),
        };
        if (reply["actions"] is not JsonArray actions)
        {
            throw Malformed(where, "\"actions\" to be a list (empty for none)", text);
        }

        var parsed = new List<AgentAction>(actions.Count);
        for (var i = 0; i < actions.Count; i++)
        {
            parsed.Add(actions[i] switch
            {
                JsonValue value when value.TryGetValue(out string? code) => AgentAction.FromCode(code),
                JsonObject action => new AgentAction(action.DeepClone()),
                _ => throw Malformed(where, $"actions[{i}] to be a string (code, WAIT, DONE, FAIL) or an object", text),
            });
        }

        return new AgentResponse(response, parsed, Usage(reply["usage"], where, text));
    }

    private static TokenUsage? Usage(JsonNode? usage, string where, string text)
    {
        if (usage is null)
        {
            return null;
        }

        if (usage is not JsonObject fields
            || !TryLong(fields["input_tokens"], out var input)
            || !TryLong(fields["output_tokens"], out var output)
            || input < 0 || output < 0)
        {
            throw Malformed(where, "\"usage\" to be {\"input_tokens\": n, \"output_tokens\": n, \"cost_usd\": x?} with whole numbers ≥ 0", text);
        }

        decimal? cost = fields["cost_usd"] switch
        {
            null => null,
            JsonValue value when value.TryGetValue(out decimal money) && money >= 0 => money,
            _ => throw Malformed(where, "\"usage.cost_usd\" to be a number ≥ 0 or absent", text),
        };
        return new TokenUsage(input, output, cost);
    }

    private static bool TryLong(JsonNode? node, out long number)
    {
        number = 0;
        return node is JsonValue value && value.TryGetValue(out number);
    }

    private static RemoteAgentException Malformed(string where, string expected, string text) =>
        new($"{where}: expected {expected}; got: {RemoteAgentCaller.Snippet(text)}");
}

using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions;

/// <summary>
/// One action as the agent produced it, in its declared action space: a code string (pyautogui), a JSON object
/// (computer_13, typed actions) or one of the bare words WAIT, DONE, FAIL. Recorded verbatim in <c>traj.jsonl</c>.
/// </summary>
public sealed record AgentAction(JsonNode Value)
{
    public static AgentAction FromCode(string code) => new(JsonValue.Create(code));

    /// <summary>The action is the bare word (or computer_13 <c>action_type</c>) <paramref name="word"/>.</summary>
    public bool Is(string word)
    {
        if (Value is JsonValue v && v.TryGetValue(out string? s))
        {
            return string.Equals(s.Trim(), word, StringComparison.Ordinal);
        }

        return Value is JsonObject o && o["action_type"] is JsonValue t && t.TryGetValue(out string? type)
            && string.Equals(type, word, StringComparison.Ordinal);
    }

    public bool IsDone => Is("DONE");

    public bool IsFail => Is("FAIL");

    public bool IsWait => Is("WAIT");

    public override string ToString() =>
        Value is JsonValue v && v.TryGetValue(out string? s) ? s : Value.ToJsonString();
}

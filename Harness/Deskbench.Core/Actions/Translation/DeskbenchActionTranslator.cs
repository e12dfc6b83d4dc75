using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Reads the "deskbench" action space: <see cref="DesktopAction"/>s in the <see cref="ActionJson"/> wire format — one
/// object, an array of them, the JSON text of either, or the bare words WAIT/DONE/FAIL. Key names are checked against
/// pyautogui's names (<see cref="PyAutoGuiKeys.IsPressable"/>) and normalised.
/// </summary>
public sealed class DeskbenchActionTranslator(double waitSeconds = SpecialActionWords.DefaultWaitSeconds) : IActionTranslator
{
    public string ActionSpace => ActionSpaces.Deskbench;

    public IReadOnlyList<DesktopAction> Translate(AgentAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Translate(action.Value);
    }

    private IReadOnlyList<DesktopAction> Translate(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                return [ReadAction(obj)];
            case JsonArray array:
                return array.Select((item, i) => item is JsonObject obj
                    ? ReadAction(obj)
                    : throw new ActionTranslationException($"deskbench: item {i} of the action list is not an object: {JsonActionText.Describe(item)}")).ToList();
            case JsonValue value when value.TryGetValue(out string? text):
                if (SpecialActionWords.TryTranslate(text, waitSeconds) is { } special)
                {
                    return [special];
                }

                if (JsonActionText.LooksLikeJson(text))
                {
                    return Translate(JsonActionText.Parse(text, "deskbench"));
                }

                break;
        }

        throw new ActionTranslationException(
            $"deskbench: expected an action object such as {{\"type\": \"click\", \"x\": 10, \"y\": 20}}, a list of them, or WAIT/DONE/FAIL; got {JsonActionText.Describe(node)}");
    }

    private static DesktopAction ReadAction(JsonObject obj)
    {
        if (obj["type"] is not JsonValue typeNode || !typeNode.TryGetValue(out string? type) || !ActionJson.Discriminators.ContainsKey(type))
        {
            throw new ActionTranslationException(
                $"deskbench: unknown or missing action \"type\" in {JsonActionText.Describe(obj)}; expected one of {string.Join(", ", ActionJson.Discriminators.Keys)}");
        }

        DesktopAction action;
        try
        {
            action = obj.Deserialize<DesktopAction>(ActionJson.Options) ?? throw new JsonException("null action");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new ActionTranslationException($"deskbench: invalid \"{type}\" action {JsonActionText.Describe(obj)}: {e.Message}", e);
        }

        return NormalizeKeys(action);
    }

    private static DesktopAction NormalizeKeys(DesktopAction action) => action switch
    {
        KeyPressAction a => a with { Key = Key(a.Key) },
        KeyDownAction a => a with { Key = Key(a.Key) },
        KeyUpAction a => a with { Key = Key(a.Key) },
        HotkeyAction a => a with { Keys = a.Keys.Select(Key).ToList() },
        _ => action,
    };

    private static string Key(string key) => PyAutoGuiKeys.IsPressable(key)
        ? PyAutoGuiKeys.Normalize(key)
        : throw new ActionTranslationException($"deskbench: '{key}' is not a key name; use pyautogui's names (a single character, 'enter', 'ctrl', 'f5' …)");
}

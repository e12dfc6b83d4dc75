using System.Text.Json.Nodes;

namespace Deskbench.Agents.Anthropic;

/// <summary>Builders for Messages API content blocks (the documented JSON shapes).</summary>
internal static class AnthropicContent
{
    public const string OmittedImageNote = "[older screenshot omitted]";

    public static JsonObject Text(string text) => new() { ["type"] = "text", ["text"] = text };

    public static JsonObject Image(byte[] png) => new()
    {
        ["type"] = "image",
        ["source"] = new JsonObject { ["type"] = "base64", ["media_type"] = "image/png", ["data"] = Convert.ToBase64String(png) },
    };

    public static JsonObject ToolResult(string toolUseId, IEnumerable<JsonObject> content, bool isError = false)
    {
        var result = new JsonObject { ["type"] = "tool_result", ["tool_use_id"] = toolUseId, ["content"] = new JsonArray([.. content]) };
        if (isError)
        {
            result["is_error"] = true;
        }

        return result;
    }

    public static JsonObject Message(string role, JsonArray content) => new() { ["role"] = role, ["content"] = content };

    /// <summary>Replaces all but the <paramref name="keep"/> most recent images of the history (in tool results too) by a short note.</summary>
    public static void DropOldImages(JsonArray messages, int keep)
    {
        var seen = 0;
        for (var m = messages.Count - 1; m >= 0; m--)
        {
            if (messages[m]?["content"] is JsonArray blocks)
            {
                seen = DropOldImages(blocks, keep, seen);
            }
        }
    }

    private static int DropOldImages(JsonArray blocks, int keep, int seen)
    {
        for (var b = blocks.Count - 1; b >= 0; b--)
        {
            if (blocks[b] is not JsonObject block)
            {
                continue;
            }

            if (block["content"] is JsonArray nested)
            {
                seen = DropOldImages(nested, keep, seen);
            }
            else if ((string?)block["type"] == "image" && ++seen > keep)
            {
                blocks[b] = Text(OmittedImageNote);
            }
        }

        return seen;
    }
}

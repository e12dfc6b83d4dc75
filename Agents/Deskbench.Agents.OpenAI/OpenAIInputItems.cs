using System.Text.Json.Nodes;

namespace Deskbench.Agents.OpenAI;

/// <summary>Builders for Responses API input items (the documented JSON shapes).</summary>
internal static class OpenAIInputItems
{
    public static string DataUrl(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    public static JsonObject UserMessage(string text, byte[]? png = null)
    {
        var content = new JsonArray(new JsonObject { ["type"] = "input_text", ["text"] = text });
        if (png is not null)
        {
            content.Add(new JsonObject { ["type"] = "input_image", ["image_url"] = DataUrl(png), ["detail"] = "high" });
        }

        return new JsonObject { ["role"] = "user", ["content"] = content };
    }

    public static JsonObject ComputerCallOutput(string callId, byte[] png, JsonArray acknowledgedSafetyChecks) => new()
    {
        ["type"] = "computer_call_output",
        ["call_id"] = callId,
        ["acknowledged_safety_checks"] = acknowledgedSafetyChecks,
        ["output"] = new JsonObject { ["type"] = "computer_screenshot", ["image_url"] = DataUrl(png) },
    };
}

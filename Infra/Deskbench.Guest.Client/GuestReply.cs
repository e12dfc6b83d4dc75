using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Deskbench.Guest.Client;

/// <summary>A fully read guest answer: status, body bytes and the endpoint it came from.</summary>
internal sealed record GuestReply(string Endpoint, HttpStatusCode StatusCode, byte[] Body)
{
    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The body as JSON, or null when it is not JSON.</summary>
    public JsonNode? TryParseJson()
    {
        try
        {
            return Body.Length == 0 ? null : JsonNode.Parse(Body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The first few hundred characters of the body, for error messages.</summary>
    public string Snippet
    {
        get
        {
            var text = Text.Trim();
            return text.Length <= 300 ? text : text[..300] + "…";
        }
    }
}

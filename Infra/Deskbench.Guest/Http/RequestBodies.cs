using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Deskbench.Guest.Http;

/// <summary>Reading OSWorld request bodies leniently (JSON whatever the content type) and writing its reply shapes.</summary>
internal static class RequestBodies
{
    /// <summary>The body as a JSON object, or null when it is empty or not a JSON object.</summary>
    public static async Task<JsonObject?> ReadJsonObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string member of <paramref name="body"/>, or null when absent or not a string.</summary>
    public static string? StringMember(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static IResult Text(string text, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(text, "text/plain; charset=utf-8", System.Text.Encoding.UTF8, statusCode);

    public static IResult Json(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8, statusCode);

    public static IResult Error(string message, int statusCode) => Json(new JsonObject { ["error"] = message }, statusCode);

    public static IResult BadJson() => Error("the request body must be a JSON object", StatusCodes.Status400BadRequest);
}

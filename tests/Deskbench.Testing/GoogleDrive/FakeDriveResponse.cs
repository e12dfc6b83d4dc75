using System.Text;
using System.Text.Json.Nodes;

namespace Deskbench.Testing.GoogleDrive;

/// <summary>One answer of <see cref="FakeGoogleDrive"/>.</summary>
public sealed record FakeDriveResponse(int Status, string ContentType, byte[] Body)
{
    public static FakeDriveResponse Json(int status, JsonNode body) =>
        new(status, "application/json; charset=UTF-8", Encoding.UTF8.GetBytes(body.ToJsonString()));

    /// <summary>Google's error body: {"error": {"code", "message", "errors": [{"reason", "message"}]}}.</summary>
    public static FakeDriveResponse Error(int status, string reason, string message) => Json(status, new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = status,
            ["message"] = message,
            ["errors"] = new JsonArray(new JsonObject { ["reason"] = reason, ["message"] = message }),
        },
    });
}

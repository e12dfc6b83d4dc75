using System.Net;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;

namespace Deskbench.Guest.Tests.Http;

[Collection(GuestDesktopCollection.Name)]
public sealed class ActionEndpointTests(GuestDesktopFixture desktop)
{
    private static JsonNode ActionsBody(params DesktopAction[] actions) =>
        new JsonObject { ["actions"] = JsonNode.Parse(ActionJson.Serialize(actions)) };

    [Fact]
    public async Task Move_batch_moves_the_real_pointer()
    {
        desktop.RequireDesktop();
        var (status, body) = await desktop.Client.PostJsonAsync("/actions", ActionsBody(new MoveAction(40, 50), new MoveAction(123, 77)));
        Assert.Equal(HttpStatusCode.OK, status);
        var outcomes = HttpJson.Object(body)["outcomes"]!.AsArray();
        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.True((bool)o!["success"]!));
        Assert.Equal("move", (string?)outcomes[1]!["type"]);
        Assert.Equal(1, (int?)outcomes[1]!["index"]);

        var (_, position) = await desktop.Client.GetTextAsync("/cursor_position");
        Assert.Equal("[123,77]", position.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Batch_stops_at_the_first_failure()
    {
        desktop.RequireDesktop();
        var body = new JsonObject
        {
            ["actions"] = new JsonArray(
                new JsonObject { ["type"] = "move", ["x"] = 10, ["y"] = 10 },
                new JsonObject { ["type"] = "key_press", ["key"] = "no-such-key-name" },
                new JsonObject { ["type"] = "move", ["x"] = 300, ["y"] = 300 }),
        };
        var (status, text) = await desktop.Client.PostJsonAsync("/actions", body);
        Assert.Equal(HttpStatusCode.OK, status);
        var outcomes = HttpJson.Object(text)["outcomes"]!.AsArray().Select(o => o!.AsObject()).ToList();
        Assert.True((bool)outcomes[0]["success"]!);
        Assert.False((bool)outcomes[1]["success"]!);
        Assert.False(string.IsNullOrEmpty((string?)outcomes[1]["error"]));
        Assert.False((bool)outcomes[2]["success"]!);
        Assert.Equal("not run", (string?)outcomes[2]["error"]);

        var (_, position) = await desktop.Client.GetTextAsync("/cursor_position");
        Assert.Equal("[10,10]", position.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_batch_is_400_and_unknown_type_fails_its_action()
    {
        desktop.RequireDesktop();
        var (status, _) = await desktop.Client.PostJsonAsync("/actions", new JsonObject { ["nope"] = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, status);

        var (okStatus, text) = await desktop.Client.PostJsonAsync("/actions", new JsonObject
        {
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "teleport" }),
        });
        Assert.Equal(HttpStatusCode.OK, okStatus);
        var outcome = HttpJson.Object(text)["outcomes"]!.AsArray().Single()!.AsObject();
        Assert.False((bool)outcome["success"]!);
        Assert.Equal("teleport", (string?)outcome["type"]);
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Deskbench.Guest.Http;

/// <summary>OSWorld's <c>/screenshot</c>, <c>/screen_size</c>, <c>/cursor_position</c> and <c>/platform</c> (<c>/terminal</c>: TerminalEndpoints).</summary>
internal static class ScreenEndpoints
{
    public static void MapScreenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/screenshot", (GuestServices services) =>
            Results.Bytes(services.Backend.Screen.CapturePng(includeCursor: true), "image/png"));

        app.MapMethods("/screen_size", [HttpMethods.Post, HttpMethods.Get], (GuestServices services) =>
        {
            var size = services.Backend.Screen.Size;
            return RequestBodies.Json(new JsonObject { ["width"] = size.Width, ["height"] = size.Height });
        });

        app.MapGet("/cursor_position", (GuestServices services) =>
        {
            var position = services.Backend.Input.GetPointerPosition();
            return RequestBodies.Json(new JsonArray(position.X, position.Y));
        });

        app.MapGet("/platform", (GuestServices services) => RequestBodies.Text(services.Backend.Platform));
    }
}

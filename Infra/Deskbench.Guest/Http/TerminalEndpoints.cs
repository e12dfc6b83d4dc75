using System.Text.Json.Nodes;
using Deskbench.Guest.Accessibility;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Deskbench.Guest.Http;

/// <summary>
/// OSWorld's <c>GET /terminal</c>: <c>{"output": text|null, "status":"success"}</c> with the text of the focused terminal
/// of the active window, read through AT-SPI (a VTE terminal such as xfce4-terminal or gnome-terminal; xterm has no AT-SPI,
/// so it gives null). 500 <c>{"status":"error","message"}</c> when the accessibility bus cannot be read.
/// </summary>
internal static class TerminalEndpoints
{
    public static void MapTerminalEndpoints(this IEndpointRouteBuilder app, AccessibilityServiceSlot slot)
    {
        app.MapGet("/terminal", async (GuestServices services, CancellationToken cancellationToken) =>
        {
            try
            {
                var output = await AccessibilityEndpoints.ServiceOf(slot, services).ReadTerminalTextAsync(cancellationToken).ConfigureAwait(false);
                return RequestBodies.Json(new JsonObject { ["output"] = output, ["status"] = "success" });
            }
            catch (AccessibilityUnavailableException exception)
            {
                return AccessibilityEndpoints.Failure(exception);
            }
        });
    }
}

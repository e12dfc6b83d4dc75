using System.Text.Json.Nodes;
using Deskbench.Guest.Accessibility;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// OSWorld's <c>GET /accessibility</c> → <c>{"AT": xml}</c>, or 500 <c>{"status":"error","message"}</c> when the desktop
/// has no AT-SPI bus. Also maps <c>/terminal</c> (<see cref="TerminalEndpoints"/>), which reads the same tree: one
/// <see cref="AccessibilityService"/> per server keeps the bus connection between requests.
/// </summary>
internal static class AccessibilityEndpoints
{
    public static void MapAccessibilityEndpoints(this WebApplication app)
    {
        var slot = new AccessibilityServiceSlot(AccessibilityTreeOptions.Default, app.Services.GetRequiredService<ILoggerFactory>());
        app.Lifetime.ApplicationStopped.Register(() => slot.DisposeAsync().AsTask().GetAwaiter().GetResult());

        app.MapGet("/accessibility", async (GuestServices services, CancellationToken cancellationToken) =>
        {
            try
            {
                var snapshot = await ServiceOf(slot, services).ReadTreeAsync(cancellationToken).ConfigureAwait(false);
                return RequestBodies.Json(new JsonObject { ["AT"] = snapshot.ToXml() });
            }
            catch (AccessibilityUnavailableException exception)
            {
                return Failure(exception);
            }
        });

        app.MapTerminalEndpoints(slot);
    }

    internal static AccessibilityService ServiceOf(AccessibilityServiceSlot slot, GuestServices services) =>
        slot.Get(services.Environment.Variables.GetValueOrDefault("DBUS_SESSION_BUS_ADDRESS"));

    internal static IResult Failure(AccessibilityUnavailableException exception) =>
        RequestBodies.Json(new JsonObject { ["status"] = "error", ["message"] = exception.Message }, StatusCodes.Status500InternalServerError);
}

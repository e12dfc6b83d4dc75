using System.Text.Json;
using Deskbench.Core.Guest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Deskbench.Guest.Http;

/// <summary>OSWorld's <c>/setup/activate_window</c> and <c>/setup/close_window</c>, and the native <c>GET /windows</c>.</summary>
internal static class WindowEndpoints
{
    public static void MapWindowEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/setup/activate_window", (HttpRequest request, GuestServices services, CancellationToken cancellationToken) =>
            WindowCommandAsync(request, services, activate: true, cancellationToken));
        app.MapPost("/setup/close_window", (HttpRequest request, GuestServices services, CancellationToken cancellationToken) =>
            WindowCommandAsync(request, services, activate: false, cancellationToken));
        app.MapGet(GuestProtocol.WindowsPath, (GuestServices services) =>
            Results.Text(JsonSerializer.Serialize(services.Backend.Windows.ListWindows(), GuestJson.Options), "application/json"));
    }

    /// <summary><c>{window_name, strict, by_class}</c> → 200 text; 404 when no window matches; 400 without a name.</summary>
    private static async Task<IResult> WindowCommandAsync(
        HttpRequest request,
        GuestServices services,
        bool activate,
        CancellationToken cancellationToken)
    {
        if (await RequestBodies.ReadJsonObjectAsync(request, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return RequestBodies.BadJson();
        }

        if (RequestBodies.StringMember(body, "window_name") is not { Length: > 0 } name)
        {
            return RequestBodies.Text("window_name required", StatusCodes.Status400BadRequest);
        }

        var query = new WindowQuery(name, GuestCommandLine.IsTruthy(body["strict"]), GuestCommandLine.IsTruthy(body["by_class"]));
        var found = activate ? services.Backend.Windows.Activate(query) : services.Backend.Windows.Close(query);
        if (!found)
        {
            return RequestBodies.Text($"Window {name} not found (empty results)", StatusCodes.Status404NotFound);
        }

        return RequestBodies.Text(activate ? "Window activated successfully" : "Window closed successfully.");
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Deskbench.Guest.Http;

/// <summary>
/// OSWorld's <c>POST /window_size</c> (form <c>app_class_name</c>): the size of the first managed window whose WM_CLASS
/// instance or class name equals it, ignoring case, as <c>{"width", "height"}</c>; 404 when no window has it.
/// </summary>
internal static class WindowSizeEndpoints
{
    public static void MapWindowSizeEndpoints(this IEndpointRouteBuilder app) => app.MapPost("/window_size", GetWindowSizeAsync);

    private static async Task<IResult> GetWindowSizeAsync(HttpRequest request, GuestServices services, CancellationToken cancellationToken)
    {
        string? className = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            className = form["app_class_name"].FirstOrDefault();
        }

        if (string.IsNullOrEmpty(className))
        {
            return RequestBodies.Error("app_class_name is required", StatusCodes.Status400BadRequest);
        }

        var window = services.Backend.Windows.ListWindows().FirstOrDefault(w =>
            string.Equals(w.InstanceName, className, StringComparison.OrdinalIgnoreCase)
            || string.Equals(w.ClassName, className, StringComparison.OrdinalIgnoreCase));
        return window is null
            ? RequestBodies.Error($"no window of class {className}", StatusCodes.Status404NotFound)
            : RequestBodies.Json(new JsonObject { ["width"] = window.Width, ["height"] = window.Height });
    }
}

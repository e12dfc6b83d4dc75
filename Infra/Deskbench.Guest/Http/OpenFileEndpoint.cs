using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Guest.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Deskbench.Guest.Http;

/// <summary>
/// OSWorld's <c>/setup/open_file</c> <c>{path, window_name?, timeout_seconds?}</c>: opens a file with its default application
/// (<c>xdg-open</c>) or starts a program on PATH, waits for a window whose title contains the file name (with or without
/// its extension) and activates it. 404 when neither file nor program exists; 500 when no window appears in time.
/// </summary>
internal static class OpenFileEndpoint
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static void MapOpenFileEndpoint(this IEndpointRouteBuilder app) => app.MapPost("/setup/open_file", OpenAsync);

    private static async Task<IResult> OpenAsync(HttpRequest request, GuestServices services, CancellationToken cancellationToken)
    {
        if (await RequestBodies.ReadJsonObjectAsync(request, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return RequestBodies.BadJson();
        }

        if (RequestBodies.StringMember(body, "path") is not { Length: > 0 } requested)
        {
            return RequestBodies.Text("Path not supplied!", StatusCodes.Status400BadRequest);
        }

        if (!TryReadTimeout(body["timeout_seconds"], services.Options.EffectiveOpenFileTimeout, out var timeout))
        {
            return RequestBodies.Text($"Invalid timeout_seconds: {body["timeout_seconds"]?.ToJsonString()}", StatusCodes.Status400BadRequest);
        }

        var path = GuestPaths.Expand(requested, services.Environment);
        var isFile = File.Exists(path) || Directory.Exists(path);
        var searchPath = services.Environment.Variables.GetValueOrDefault("PATH") ?? Environment.GetEnvironmentVariable("PATH");
        if (!isFile && ExecutableLookup.Find(requested, searchPath) is null)
        {
            return RequestBodies.Text($"Application/file not found: {requested}", StatusCodes.Status404NotFound);
        }

        List<string> candidates;
        try
        {
            if (isFile)
            {
                services.Launched.Launch(new GuestCommandLine(["xdg-open", path], Shell: false, Timeout: null, $"xdg-open {path}"));
                var fileName = Path.GetFileName(path);
                candidates = [fileName, Path.GetFileNameWithoutExtension(fileName)];
            }
            else
            {
                services.Launched.Launch(new GuestCommandLine([requested], Shell: false, Timeout: null, requested));
                candidates = [requested];
            }
        }
        catch (GuestCommandException exception)
        {
            return RequestBodies.Text($"Failed to open {requested}. Error: {exception.Message}", StatusCodes.Status500InternalServerError);
        }

        if (RequestBodies.StringMember(body, "window_name") is { Length: > 0 } windowName)
        {
            candidates = [windowName];
        }

        candidates = candidates.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (await WaitForWindowAsync(services, candidates, timeout, cancellationToken).ConfigureAwait(false) is { } window)
        {
            services.Backend.Windows.Activate(new WindowQuery(window.Title, Strict: true));
            return RequestBodies.Text("File opened and window activated successfully");
        }

        var shown = "[" + string.Join(", ", candidates.Select(GuestPaths.PythonRepr)) + "]";
        return RequestBodies.Text($"Failed to find window for {shown} within {timeout.TotalSeconds:0.###} seconds.", StatusCodes.Status500InternalServerError);
    }

    private static async Task<WindowInfo?> WaitForWindowAsync(
        GuestServices services,
        List<string> candidates,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var started = services.TimeProvider.GetTimestamp();
        while (true)
        {
            var window = services.Backend.Windows.ListWindows()
                .FirstOrDefault(w => candidates.Any(c => w.Title.Contains(c, StringComparison.Ordinal)));
            if (window is not null || services.TimeProvider.GetElapsedTime(started) >= timeout)
            {
                return window;
            }

            await Task.Delay(PollInterval, services.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool TryReadTimeout(JsonNode? node, TimeSpan fallback, out TimeSpan timeout)
    {
        timeout = fallback;
        if (node is null)
        {
            return true;
        }

        // Python's float(): a number, or a string holding one.
        var isNumber = JsonNumbers.TryGetDouble(node, out var seconds)
            || (node is JsonValue text && text.GetValueKind() == JsonValueKind.String
                && double.TryParse(text.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds));
        if (!isNumber)
        {
            return false;
        }

        if (seconds < 0 || seconds > TimeSpan.MaxValue.TotalSeconds)
        {
            return false;
        }

        timeout = TimeSpan.FromSeconds(seconds);
        return true;
    }
}

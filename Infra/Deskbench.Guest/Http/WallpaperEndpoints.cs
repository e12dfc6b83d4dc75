using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Deskbench.Guest.Http;

/// <summary>
/// OSWorld's <c>POST /setup/change_wallpaper</c> (<c>{path}</c>) and <c>POST /wallpaper</c>. Changing paints the image on
/// the root window with <c>xwallpaper --zoom</c> (scaled to cover the screen, as GNOME's default "zoom") and remembers the
/// path; <c>/wallpaper</c> returns that file's bytes, 404 when none was set or it is gone.
/// </summary>
internal static class WallpaperEndpoints
{
    private const string Painter = "xwallpaper";
    private static readonly TimeSpan PaintTimeout = TimeSpan.FromSeconds(30);

    public static void MapWallpaperEndpoints(this IEndpointRouteBuilder app)
    {
        var state = new WallpaperState();
        app.MapPost("/setup/change_wallpaper", (HttpRequest request, GuestServices services, CancellationToken cancellationToken) =>
            ChangeAsync(request, services, state, cancellationToken));
        app.MapPost("/wallpaper", () =>
            state.Path is { } path && File.Exists(path)
                ? Results.File(Path.GetFullPath(path), "application/octet-stream", Path.GetFileName(path))
                : RequestBodies.Error("Wallpaper file not found", StatusCodes.Status404NotFound));
    }

    private static async Task<IResult> ChangeAsync(HttpRequest request, GuestServices services, WallpaperState state, CancellationToken cancellationToken)
    {
        if (await RequestBodies.ReadJsonObjectAsync(request, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return RequestBodies.BadJson();
        }

        if (RequestBodies.StringMember(body, "path") is not { Length: > 0 } requested)
        {
            return RequestBodies.Error("path is required", StatusCodes.Status400BadRequest);
        }

        var path = Path.GetFullPath(GuestPaths.Expand(requested, services.Environment));
        if (!File.Exists(path))
        {
            return RequestBodies.Error($"File not found: {requested}", StatusCodes.Status404NotFound);
        }

        var failure = await PaintAsync(path, services, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return RequestBodies.Json(new JsonObject { ["status"] = "error", ["message"] = failure }, StatusCodes.Status500InternalServerError);
        }

        state.Path = path;
        return RequestBodies.Text("Wallpaper changed successfully");
    }

    /// <summary>Runs the painter; the error message, or null on success.</summary>
    private static async Task<string?> PaintAsync(string path, GuestServices services, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(Painter)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("--zoom");
        startInfo.ArgumentList.Add(path);
        services.Environment.ApplyTo(startInfo);
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new Win32Exception("no process");
        }
        catch (Win32Exception e)
        {
            return $"{Painter} could not be started ({e.Message}); install it (Debian package {Painter})";
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PaintTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return $"{Painter} did not finish within {PaintTimeout.TotalSeconds:0} s";
            }

            var stderr = (await errors.ConfigureAwait(false)).Trim();
            return process.ExitCode == 0 ? null : $"{Painter} failed with exit code {process.ExitCode}: {stderr}";
        }
    }
}

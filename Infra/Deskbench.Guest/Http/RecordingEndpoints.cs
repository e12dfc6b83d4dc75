using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// OSWorld's <c>POST /start_recording</c> (<c>{status, message}</c> plus the mp4's <c>path</c> in the guest; 400 when a
/// recording is running) and <c>POST /end_recording</c> (stops it with SIGINT and returns the mp4 as an attachment; 400
/// when none was started, 500 when the file is empty). A recording still running when the guest stops is ended cleanly.
/// </summary>
internal static class RecordingEndpoints
{
    public static void MapRecordingEndpoints(this IEndpointRouteBuilder app)
    {
        var loggerFactory = app.ServiceProvider.GetRequiredService<ILoggerFactory>();
        var recorder = new ScreenRecorder(loggerFactory.CreateLogger<ScreenRecorder>());
        app.ServiceProvider.GetService<IHostApplicationLifetime>()?.ApplicationStopping.Register(
            () => recorder.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(20)));
        app.MapPost("/start_recording", (GuestServices services, CancellationToken cancellationToken) =>
            StartAsync(recorder, services, cancellationToken));
        app.MapPost("/end_recording", (CancellationToken cancellationToken) => EndAsync(recorder, cancellationToken));
    }

    private static async Task<IResult> StartAsync(ScreenRecorder recorder, GuestServices services, CancellationToken cancellationToken)
    {
        var size = services.Backend.Screen.Size;
        try
        {
            var path = await recorder.StartAsync(services.Environment, size.Width, size.Height, cancellationToken).ConfigureAwait(false);
            return RequestBodies.Json(new JsonObject { ["status"] = "success", ["message"] = "Started recording.", ["path"] = path });
        }
        catch (RecordingConflictException e)
        {
            return RequestBodies.Json(new JsonObject { ["status"] = "error", ["message"] = e.Message }, StatusCodes.Status400BadRequest);
        }
        catch (InvalidOperationException e)
        {
            return RequestBodies.Json(new JsonObject { ["status"] = "error", ["message"] = e.Message }, StatusCodes.Status500InternalServerError);
        }
    }

    private static async Task<IResult> EndAsync(ScreenRecorder recorder, CancellationToken cancellationToken)
    {
        if (await recorder.StopAsync(cancellationToken).ConfigureAwait(false) is not { } path)
        {
            return RequestBodies.Json(
                new JsonObject { ["status"] = "error", ["message"] = "No recording in progress to stop." }, StatusCodes.Status400BadRequest);
        }

        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return RequestBodies.Json(
                new JsonObject { ["status"] = "error", ["message"] = $"Recording failed: the file is empty ({recorder.StderrTail()})" },
                StatusCodes.Status500InternalServerError);
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        File.Delete(path);
        return Results.File(bytes, "video/mp4", "recording.mp4");
    }
}

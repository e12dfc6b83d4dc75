using Deskbench.Core.Environments;
using System.Net;
using System.Text.Json.Nodes;

namespace Deskbench.Guest.Client;

/// <summary>The observation and desktop-state endpoints: accessibility tree, terminal text, window size, wallpaper, recording.</summary>
public sealed partial class GuestHttpClient
{
    public async Task<string?> GetAccessibilityTreeAsync(CancellationToken cancellationToken)
    {
        var reply = _transport.EnsureSuccess(
            await _transport.SendAsync(HttpMethod.Get, "/accessibility", null, _options.RequestTimeout, cancellationToken).ConfigureAwait(false));
        return reply.TryParseJson() is JsonObject json && json.ContainsKey("AT")
            ? json["AT"] is null ? null : StringOf(json["AT"])
            : throw _transport.Malformed(reply, "{\"AT\": xml}");
    }

    public async Task<string?> GetTerminalOutputAsync(CancellationToken cancellationToken)
    {
        var reply = await _transport.SendAsync(HttpMethod.Get, "/terminal", null, _options.RequestTimeout, cancellationToken).ConfigureAwait(false);
        // OSWorld answers 500 where there is no terminal to read; that is "no output", not a dead guest.
        if (reply.StatusCode == HttpStatusCode.NotFound || (reply.StatusCode == HttpStatusCode.InternalServerError && reply.TryParseJson() is JsonObject))
        {
            return null;
        }

        return _transport.EnsureSuccess(reply).TryParseJson() is JsonObject json
            ? json["output"] is null ? null : StringOf(json["output"])
            : throw _transport.Malformed(reply, "{\"output\": text}");
    }

    public async Task<ScreenSize?> GetWindowSizeAsync(string appClassName, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("app_class_name", appClassName)]);
        var reply = await _transport.SendAsync(HttpMethod.Post, "/window_size", form, _options.RequestTimeout, cancellationToken).ConfigureAwait(false);
        if (reply.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return _transport.EnsureSuccess(reply).TryParseJson() switch
        {
            JsonObject json when IntOf(json["width"]) is { } width && IntOf(json["height"]) is { } height => new ScreenSize(width, height),
            JsonObject or null => null,
            _ => throw _transport.Malformed(reply, "{width, height}"),
        };
    }

    public async Task<byte[]?> GetWallpaperAsync(CancellationToken cancellationToken)
    {
        var reply = await _transport.SendAsync(HttpMethod.Post, "/wallpaper", null, _options.TransferTimeout, cancellationToken).ConfigureAwait(false);
        return reply.StatusCode == HttpStatusCode.NotFound ? null : _transport.EnsureSuccess(reply).Body;
    }

    public async Task ChangeWallpaperAsync(string path, CancellationToken cancellationToken) =>
        _transport.EnsureSuccess(await _transport.SendAsync(HttpMethod.Post, "/setup/change_wallpaper", Json(new JsonObject { ["path"] = path }),
            _options.RequestTimeout, cancellationToken).ConfigureAwait(false));

    public async Task StartRecordingAsync(CancellationToken cancellationToken) =>
        _transport.EnsureSuccess(await _transport.SendAsync(HttpMethod.Post, "/start_recording", null, _options.RequestTimeout, cancellationToken)
            .ConfigureAwait(false));

    public async Task<byte[]> EndRecordingAsync(CancellationToken cancellationToken) =>
        _transport.EnsureSuccess(await _transport.SendAsync(HttpMethod.Post, "/end_recording", null, _options.TransferTimeout, cancellationToken)
            .ConfigureAwait(false)).Body;
}

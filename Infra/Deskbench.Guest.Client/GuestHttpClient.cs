using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Guest.Client;

/// <summary>
/// <see cref="IGuestClient"/> over HTTP, speaking OSWorld's in-VM server protocol with its exact request shapes (JSON for
/// <c>/execute</c>, <c>/setup/*</c>, <c>/list_directory</c>; a form for <c>/file</c>; multipart <c>file_path</c> +
/// <c>file_data</c> for <c>/setup/upload</c>) plus Deskbench's native <c>/actions</c> and <c>/windows</c>. Every request
/// carries <c>X-Deskbench-Token</c> when a token is given (none for a stock OSWorld VM).
/// </summary>
/// <remarks>
/// Errors: no answer, an expired time limit, 401/403 or a 5xx is a <see cref="GuestUnavailableException"/> naming the
/// endpoint (an infrastructure failure). Exception, by OSWorld's semantics: a 500 from <c>/execute</c> whose body is
/// <c>{status:"error", message}</c> means the guest could not run the command (not found, timed out) — the harness's
/// getters see that as a failed command, not a dead desktop — so it becomes a <see cref="CommandResult"/> with status
/// <c>"error"</c>, the message as <see cref="CommandResult.Error"/> and return code -1. Other unexpected 4xx answers throw
/// <see cref="GuestRequestException"/>.
/// </remarks>
public sealed partial class GuestHttpClient : IGuestClient, IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly GuestTransport _transport;
    private readonly GuestClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>A client owning its own loopback-friendly <see cref="HttpClient"/> (no proxy, no global timeout).</summary>
    public GuestHttpClient(
        Uri baseAddress,
        string? token,
        GuestClientOptions? options = null,
        ILogger<GuestHttpClient>? logger = null,
        TimeProvider? timeProvider = null)
        : this(CreateHttpClient(), ownsHttpClient: true, baseAddress, token, options, logger, timeProvider)
    {
    }

    /// <summary>A client on a caller-owned <see cref="HttpClient"/> (its <c>Timeout</c> should be infinite; limits are per call).</summary>
    public GuestHttpClient(
        HttpClient httpClient,
        Uri baseAddress,
        string? token,
        GuestClientOptions? options = null,
        ILogger<GuestHttpClient>? logger = null,
        TimeProvider? timeProvider = null)
        : this(httpClient, ownsHttpClient: false, baseAddress, token, options, logger, timeProvider)
    {
    }

    private GuestHttpClient(
        HttpClient httpClient,
        bool ownsHttpClient,
        Uri baseAddress,
        string? token,
        GuestClientOptions? options,
        ILogger<GuestHttpClient>? logger,
        TimeProvider? timeProvider)
    {
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _options = options ?? GuestClientOptions.Default;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _transport = new GuestTransport(httpClient, baseAddress, token, _logger);
    }

    /// <summary>The guest's base URL (with a trailing slash).</summary>
    public Uri BaseAddress => _transport.BaseAddress;

    /// <summary>
    /// Polls <c>GET /platform</c> with a short exponential backoff (20 ms doubling to 250 ms) until the guest answers or
    /// <paramref name="timeout"/> passes; then throws <see cref="GuestUnavailableException"/> with the last error. A refused
    /// token fails at once (retrying cannot help). Returns the platform name.
    /// </summary>
    public Task<string> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        new GuestReadinessProbe(this, _options.ReadinessProbeTimeout, _timeProvider, _logger).WaitAsync(timeout, cancellationToken);

    public async Task<byte[]> GetScreenshotAsync(CancellationToken cancellationToken)
    {
        var reply = _transport.EnsureSuccess(
            await _transport.SendAsync(HttpMethod.Get, "/screenshot", null, _options.RequestTimeout, cancellationToken).ConfigureAwait(false));
        var body = reply.Body;
        var isPng = body.Length > 8 && body[0] == 0x89 && body[1] == (byte)'P' && body[2] == (byte)'N' && body[3] == (byte)'G';
        var isJpeg = body.Length > 3 && body[0] == 0xFF && body[1] == 0xD8;
        return isPng || isJpeg ? body : throw _transport.Malformed(reply, "a PNG or JPEG image");
    }

    public async Task<CommandResult> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var commandTimeout = request.Timeout ?? _options.DefaultCommandTimeout;
        var body = CommandBody(request);
        if (request.Timeout is { } limit)
        {
            body["timeout"] = limit.TotalSeconds;
        }

        var reply = await _transport.SendAsync(HttpMethod.Post, "/execute", Json(body), commandTimeout + _options.CommandTimeoutMargin,
            cancellationToken, acceptServerError: true).ConfigureAwait(false);
        if (IsCommandError(reply, out var message))
        {
            _logger.LogDebug("/execute reported a command error: {Message}", message);
            return new CommandResult("error", string.Empty, message, -1);
        }

        if (_transport.EnsureSuccess(reply).TryParseJson() is not JsonObject json)
        {
            throw _transport.Malformed(reply, "{status, output, error, returncode}");
        }

        return new CommandResult(
            StringOf(json["status"]) ?? "success",
            StringOf(json["output"]) ?? string.Empty,
            StringOf(json["error"]) ?? string.Empty,
            json["returncode"] is JsonValue code && code.TryGetValue(out int returnCode) ? returnCode : 0);
    }

    public async Task LaunchAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var reply = await _transport.SendAsync(HttpMethod.Post, "/setup/launch", Json(CommandBody(request)), _options.RequestTimeout,
            cancellationToken, acceptServerError: true).ConfigureAwait(false);
        if (IsCommandError(reply, out var message))
        {
            throw new GuestRequestException(reply.Endpoint, reply.StatusCode, $"guest could not launch {request.Command.ToJsonString()}: {message}");
        }

        _transport.EnsureSuccess(reply);
    }

    public async Task OpenFileAsync(string path, CancellationToken cancellationToken) =>
        _transport.EnsureSuccess(await _transport.SendAsync(HttpMethod.Post, "/setup/open_file", Json(new JsonObject { ["path"] = path }),
            _options.OpenFileTimeout, cancellationToken).ConfigureAwait(false));

    public async Task UploadFileAsync(string guestPath, Stream content, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(guestPath, Encoding.UTF8), "file_path");
        var file = new StreamContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file_data", Path.GetFileName(guestPath) is { Length: > 0 } name ? name : "file");
        _transport.EnsureSuccess(await _transport.SendAsync(HttpMethod.Post, "/setup/upload", form, _options.TransferTimeout, cancellationToken)
            .ConfigureAwait(false));
    }

    public async Task<byte[]?> DownloadFileAsync(string guestPath, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("file_path", guestPath)]);
        var reply = await _transport.SendAsync(HttpMethod.Post, "/file", form, _options.TransferTimeout, cancellationToken).ConfigureAwait(false);
        return reply.StatusCode == HttpStatusCode.NotFound ? null : _transport.EnsureSuccess(reply).Body;
    }

    public async Task<JsonObject?> ListDirectoryAsync(string guestPath, CancellationToken cancellationToken)
    {
        var reply = await _transport.SendAsync(HttpMethod.Post, "/list_directory", Json(new JsonObject { ["path"] = guestPath }),
            _options.TransferTimeout, cancellationToken).ConfigureAwait(false);
        // Deskbench's guest answers 404 for a missing folder; OSWorld's server answers 400 "not a directory".
        if (reply.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return null;
        }

        return _transport.EnsureSuccess(reply).TryParseJson() is JsonObject { } json && json["directory_tree"] is JsonObject tree
            ? (JsonObject)tree.DeepClone()
            : throw _transport.Malformed(reply, "{directory_tree: {...}}");
    }

    public async Task<ScreenSize> GetScreenSizeAsync(CancellationToken cancellationToken)
    {
        var reply = _transport.EnsureSuccess(
            await _transport.SendAsync(HttpMethod.Post, "/screen_size", null, _options.RequestTimeout, cancellationToken).ConfigureAwait(false));
        return reply.TryParseJson() is JsonObject json && IntOf(json["width"]) is { } width && IntOf(json["height"]) is { } height
            ? new ScreenSize(width, height)
            : throw _transport.Malformed(reply, "{width, height}");
    }

    public async Task<PointerPosition> GetCursorPositionAsync(CancellationToken cancellationToken)
    {
        var reply = _transport.EnsureSuccess(
            await _transport.SendAsync(HttpMethod.Get, "/cursor_position", null, _options.RequestTimeout, cancellationToken).ConfigureAwait(false));
        return reply.TryParseJson() switch
        {
            JsonArray { Count: 2 } pair when IntOf(pair[0]) is { } x && IntOf(pair[1]) is { } y => new PointerPosition(x, y),
            JsonObject point when IntOf(point["x"]) is { } x && IntOf(point["y"]) is { } y => new PointerPosition(x, y),
            _ => throw _transport.Malformed(reply, "[x, y]"),
        };
    }

    public Task<string> GetPlatformAsync(CancellationToken cancellationToken) =>
        GetPlatformAsync(_options.RequestTimeout, cancellationToken);

    public Task<bool> ActivateWindowAsync(WindowQuery query, CancellationToken cancellationToken) =>
        WindowCommandAsync("/setup/activate_window", query, cancellationToken);

    public Task<bool> CloseWindowAsync(WindowQuery query, CancellationToken cancellationToken) =>
        WindowCommandAsync("/setup/close_window", query, cancellationToken);

    public async Task<IReadOnlyList<WindowInfo>> ListWindowsAsync(CancellationToken cancellationToken)
    {
        var reply = _transport.EnsureSuccess(
            await _transport.SendAsync(HttpMethod.Get, GuestProtocol.WindowsPath, null, _options.RequestTimeout, cancellationToken).ConfigureAwait(false));
        return Deserialize<List<WindowInfo>>(reply, "[WindowInfo]");
    }

    public async Task<ActionBatchResult> ExecuteActionsAsync(IReadOnlyList<DesktopAction> actions, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["actions"] = JsonSerializer.SerializeToNode(actions, ActionJson.Options) };
        var reply = _transport.EnsureSuccess(await _transport.SendAsync(HttpMethod.Post, GuestProtocol.ActionsPath, Json(body),
            _options.ActionsTimeout, cancellationToken).ConfigureAwait(false));
        return Deserialize<ActionBatchResult>(reply, "{outcomes: [...]}");
    }

    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    internal async Task<string> GetPlatformAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var reply = _transport.EnsureSuccess(
            await _transport.SendAsync(HttpMethod.Get, "/platform", null, timeout, cancellationToken).ConfigureAwait(false));
        var text = reply.Text.Trim();
        // A JSON string ("Linux") is accepted as well as OSWorld's plain text.
        return text.StartsWith('"') && reply.TryParseJson() is JsonValue value && value.TryGetValue(out string? name) ? name : text;
    }

    private async Task<bool> WindowCommandAsync(string path, WindowQuery query, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["window_name"] = query.WindowName, ["strict"] = query.Strict, ["by_class"] = query.ByClass };
        var reply = await _transport.SendAsync(HttpMethod.Post, path, Json(body), _options.RequestTimeout, cancellationToken).ConfigureAwait(false);
        return reply.StatusCode != HttpStatusCode.NotFound && _transport.EnsureSuccess(reply).IsSuccess;
    }

    private T Deserialize<T>(GuestReply reply, string expected)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(reply.Body, GuestWireJson.Options) ?? throw _transport.Malformed(reply, expected);
        }
        catch (JsonException)
        {
            throw _transport.Malformed(reply, expected);
        }
    }

    private static JsonObject CommandBody(CommandRequest request) =>
        new() { ["command"] = request.Command.DeepClone(), ["shell"] = request.Shell };

    private static bool IsCommandError(GuestReply reply, out string message)
    {
        message = string.Empty;
        if ((int)reply.StatusCode < 500 || reply.TryParseJson() is not JsonObject json || StringOf(json["status"]) != "error")
        {
            return false;
        }

        message = StringOf(json["message"]) ?? StringOf(json["error"]) ?? "the guest could not run the command";
        return true;
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : node?.ToJsonString();

    private static int? IntOf(JsonNode? node) =>
        node is JsonValue value
            ? value.TryGetValue(out int number) ? number : value.TryGetValue(out double real) ? (int)Math.Round(real) : null
            : null;

    private static HttpClient CreateHttpClient() =>
        new(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(5), PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
}

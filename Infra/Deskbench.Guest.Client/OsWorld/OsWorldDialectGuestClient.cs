using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Guest.Client.OsWorld;

/// <summary>
/// The "osworld" guest dialect: an <see cref="IGuestClient"/> for a server that speaks only OSWorld's in-VM protocol, with
/// no token (an OSWorld or Windows Agent Arena VM image). OSWorld's endpoints (<c>/screenshot</c>, <c>/accessibility</c>,
/// <c>/execute</c>, <c>/file</c>, <c>/setup/*</c> …) go over unchanged, in OSWorld's request shapes (<see cref="GuestHttpClient"/>
/// without a token). Deskbench's native endpoints do not exist there, so:
/// <list type="bullet">
/// <item><description><see cref="ExecuteActionsAsync"/>: each typed action becomes pyautogui code
/// (<see cref="PyAutoGuiCodeGenerator"/>) posted to <c>/execute</c> as OSWorld's <c>PythonController</c> does
/// (<see cref="OsWorldPythonCommand"/>), one request per action, stopping at the first failure; a wait is slept here and
/// DONE/FAIL do nothing, as in OSWorld's <c>DesktopEnv.step</c>.</description></item>
/// <item><description><see cref="ListWindowsAsync"/>: <c>wmctrl -lGx</c> (or xprop) through <c>/execute</c>
/// (<see cref="OsWorldWindowList"/>) on a Linux guest; any other platform throws <see cref="NotSupportedException"/>.</description></item>
/// </list>
/// </summary>
public sealed class OsWorldDialectGuestClient : IGuestClient, IDisposable
{
    /// <summary>Name of the dialect (environment property <c>guest_dialect</c>).</summary>
    public const string DialectName = "osworld";

    private readonly GuestHttpClient _http;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private string? _platform;

    public OsWorldDialectGuestClient(
        Uri baseAddress,
        GuestClientOptions? options = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        loggerFactory ??= NullLoggerFactory.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = loggerFactory.CreateLogger<OsWorldDialectGuestClient>();
        _http = new GuestHttpClient(baseAddress, token: null, options, loggerFactory.CreateLogger<GuestHttpClient>(), _timeProvider);
    }

    /// <summary>The server's base URL (with a trailing slash).</summary>
    public Uri BaseAddress => _http.BaseAddress;

    /// <summary>
    /// Waits as OSWorld does for a server it did not start: <c>GET /screenshot</c> every <paramref name="pollInterval"/>
    /// until it answers 200 with an image, for at most <paramref name="timeout"/>; then throws
    /// <see cref="GuestUnavailableException"/> saying what was tried.
    /// </summary>
    public Task WaitUntilReadyAsync(TimeSpan timeout, TimeSpan pollInterval, CancellationToken cancellationToken) =>
        new OsWorldReadinessProbe(this, pollInterval, _timeProvider, _logger).WaitAsync(timeout, cancellationToken);

    public async Task<ActionBatchResult> ExecuteActionsAsync(IReadOnlyList<DesktopAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var outcomes = new List<ActionOutcome>(actions.Count);
        var failed = false;
        for (var index = 0; index < actions.Count; index++)
        {
            var type = TypeName(actions[index]);
            if (failed)
            {
                outcomes.Add(new ActionOutcome(index, type, Success: false, "not run"));
                continue;
            }

            var started = _timeProvider.GetTimestamp();
            var error = await RunAsync(actions[index], cancellationToken).ConfigureAwait(false);
            failed = error is not null;
            outcomes.Add(new ActionOutcome(index, type, !failed, error, _timeProvider.GetElapsedTime(started).TotalMilliseconds));
        }

        return new ActionBatchResult(outcomes);
    }

    public async Task<IReadOnlyList<WindowInfo>> ListWindowsAsync(CancellationToken cancellationToken)
    {
        _platform ??= await _http.GetPlatformAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(_platform, "Linux", StringComparison.Ordinal))
        {
            throw new NotSupportedException(
                $"the osworld dialect lists windows only on Linux guests (wmctrl through /execute); this guest is {_platform} and OSWorld's server has no window list");
        }

        var result = await _http.ExecuteAsync(CommandRequest.FromShell(OsWorldWindowList.Script), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new NotSupportedException(
                $"the osworld dialect could not list windows through /execute (wmctrl -lGx, or xprop and xwininfo): return code {result.ReturnCode}: {Tail(result.Error)}");
        }

        return OsWorldWindowList.Parse(result.Output);
    }

    public Task<byte[]> GetScreenshotAsync(CancellationToken cancellationToken) => _http.GetScreenshotAsync(cancellationToken);

    public Task<CommandResult> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) => _http.ExecuteAsync(request, cancellationToken);

    public Task LaunchAsync(CommandRequest request, CancellationToken cancellationToken) => _http.LaunchAsync(request, cancellationToken);

    public Task OpenFileAsync(string path, CancellationToken cancellationToken) => _http.OpenFileAsync(path, cancellationToken);

    public Task UploadFileAsync(string guestPath, Stream content, CancellationToken cancellationToken) =>
        _http.UploadFileAsync(guestPath, content, cancellationToken);

    public Task<byte[]?> DownloadFileAsync(string guestPath, CancellationToken cancellationToken) => _http.DownloadFileAsync(guestPath, cancellationToken);

    public Task<JsonObject?> ListDirectoryAsync(string guestPath, CancellationToken cancellationToken) =>
        _http.ListDirectoryAsync(guestPath, cancellationToken);

    public Task<ScreenSize> GetScreenSizeAsync(CancellationToken cancellationToken) => _http.GetScreenSizeAsync(cancellationToken);

    public Task<PointerPosition> GetCursorPositionAsync(CancellationToken cancellationToken) => _http.GetCursorPositionAsync(cancellationToken);

    public async Task<string> GetPlatformAsync(CancellationToken cancellationToken) =>
        _platform = await _http.GetPlatformAsync(cancellationToken).ConfigureAwait(false);

    public Task<bool> ActivateWindowAsync(WindowQuery query, CancellationToken cancellationToken) => _http.ActivateWindowAsync(query, cancellationToken);

    public Task<bool> CloseWindowAsync(WindowQuery query, CancellationToken cancellationToken) => _http.CloseWindowAsync(query, cancellationToken);

    public Task<string?> GetAccessibilityTreeAsync(CancellationToken cancellationToken) => _http.GetAccessibilityTreeAsync(cancellationToken);

    public Task<string?> GetTerminalOutputAsync(CancellationToken cancellationToken) => _http.GetTerminalOutputAsync(cancellationToken);

    public Task<ScreenSize?> GetWindowSizeAsync(string appClassName, CancellationToken cancellationToken) =>
        _http.GetWindowSizeAsync(appClassName, cancellationToken);

    public Task<byte[]?> GetWallpaperAsync(CancellationToken cancellationToken) => _http.GetWallpaperAsync(cancellationToken);

    public Task ChangeWallpaperAsync(string path, CancellationToken cancellationToken) => _http.ChangeWallpaperAsync(path, cancellationToken);

    public Task StartRecordingAsync(CancellationToken cancellationToken) => _http.StartRecordingAsync(cancellationToken);

    public Task<byte[]> EndRecordingAsync(CancellationToken cancellationToken) => _http.EndRecordingAsync(cancellationToken);

    public void Dispose() => _http.Dispose();

    /// <summary>Runs one action; the error text when it failed, null when it succeeded.</summary>
    private async Task<string?> RunAsync(DesktopAction action, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case DoneAction or FailAction:
                return null;
            case WaitAction wait:
                if (!double.IsFinite(wait.Seconds) || wait.Seconds < 0)
                {
                    return $"invalid action: wait must be a non-negative number of seconds, got {wait.Seconds}";
                }

                await Task.Delay(TimeSpan.FromSeconds(wait.Seconds), _timeProvider, cancellationToken).ConfigureAwait(false);
                return null;
        }

        string code;
        try
        {
            code = PyAutoGuiCodeGenerator.Generate(action);
        }
        catch (ArgumentException exception)
        {
            return $"invalid action: {exception.Message}";
        }

        if (code.Length == 0)
        {
            return null;
        }

        var result = await _http.ExecuteAsync(OsWorldPythonCommand.Create(code), cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return null;
        }

        _logger.LogDebug("pyautogui code {Code} failed with {ReturnCode}: {Error}", code, result.ReturnCode, result.Error);
        return $"pyautogui code failed in the guest (return code {result.ReturnCode}): {Tail(result.Error.Length > 0 ? result.Error : result.Output)}";
    }

    private static string TypeName(DesktopAction action) =>
        ActionJson.Discriminators.FirstOrDefault(pair => pair.Value == action.GetType()).Key ?? action.GetType().Name;

    /// <summary>The last lines of a Python error (its traceback's last line says what went wrong).</summary>
    private static string Tail(string text)
    {
        var lines = text.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no output)" : string.Join(" | ", lines.TakeLast(2));
    }
}

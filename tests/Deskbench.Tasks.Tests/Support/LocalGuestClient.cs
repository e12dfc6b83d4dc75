using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;

namespace Deskbench.Tasks.Tests.Support;

/// <summary>
/// A guest that is this machine: commands run as real local processes, uploads write real files, downloads read them.
/// Windows come from <see cref="Windows"/> (no display is involved). Every call is recorded in <see cref="Calls"/>.
/// </summary>
internal sealed class LocalGuestClient : IGuestClient, IAsyncDisposable
{
    private readonly ConcurrentBag<Process> _launched = [];

    public ConcurrentQueue<string> Calls { get; } = new();

    public ConcurrentQueue<CommandRequest> Launches { get; } = new();

    public List<WindowInfo> Windows { get; } = [];

    /// <summary>When false, <see cref="LaunchAsync"/> only records the request.</summary>
    public bool StartLaunchedProcesses { get; init; } = true;

    public async Task<CommandResult> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        Calls.Enqueue("execute " + request.Command.ToJsonString());
        using var process = new Process { StartInfo = StartInfo(request) };
        process.StartInfo.RedirectStandardOutput = true;
        process.StartInfo.RedirectStandardError = true;
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            return new CommandResult("error", "", ex.Message, -1);
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout ?? TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return new CommandResult("success", await output, await error, process.ExitCode);
    }

    public Task LaunchAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        Calls.Enqueue("launch " + request.Command.ToJsonString());
        Launches.Enqueue(request);
        if (StartLaunchedProcesses)
        {
            _launched.Add(Process.Start(StartInfo(request))!);
        }

        return Task.CompletedTask;
    }

    public Task OpenFileAsync(string path, CancellationToken cancellationToken)
    {
        Calls.Enqueue("open " + path);
        return File.Exists(path) ? Task.CompletedTask : throw new FileNotFoundException("no such file", path);
    }

    public async Task UploadFileAsync(string guestPath, Stream content, CancellationToken cancellationToken)
    {
        Calls.Enqueue("upload " + guestPath);
        Directory.CreateDirectory(Path.GetDirectoryName(guestPath)!);
        await using var file = File.Create(guestPath);
        await content.CopyToAsync(file, cancellationToken);
    }

    public async Task<byte[]?> DownloadFileAsync(string guestPath, CancellationToken cancellationToken) =>
        File.Exists(guestPath) ? await File.ReadAllBytesAsync(guestPath, cancellationToken) : null;

    public Task<JsonObject?> ListDirectoryAsync(string guestPath, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ScreenSize> GetScreenSizeAsync(CancellationToken cancellationToken) => Task.FromResult(ScreenSize.Default);

    public Task<PointerPosition> GetCursorPositionAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> GetPlatformAsync(CancellationToken cancellationToken) => Task.FromResult("Linux");

    public Task<bool> ActivateWindowAsync(WindowQuery query, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"activate {query.WindowName}");
        return Task.FromResult(Windows.Any(w => Matches(w, query)));
    }

    public Task<bool> CloseWindowAsync(WindowQuery query, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"close {query.WindowName}");
        return Task.FromResult(Windows.RemoveAll(w => Matches(w, query)) > 0);
    }

    public Task<IReadOnlyList<WindowInfo>> ListWindowsAsync(CancellationToken cancellationToken)
    {
        Calls.Enqueue("windows");
        return Task.FromResult<IReadOnlyList<WindowInfo>>([.. Windows]);
    }

    public Task<byte[]> GetScreenshotAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ActionBatchResult> ExecuteActionsAsync(IReadOnlyList<DesktopAction> actions, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _launched)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    private static bool Matches(WindowInfo window, WindowQuery query) =>
        query.Strict ? window.Title == query.WindowName : window.Title.Contains(query.WindowName, StringComparison.OrdinalIgnoreCase);

    private static ProcessStartInfo StartInfo(CommandRequest request)
    {
        var info = new ProcessStartInfo { UseShellExecute = false };
        if (request.Command is JsonArray arguments)
        {
            info.FileName = arguments[0]!.GetValue<string>();
            foreach (var argument in arguments.Skip(1))
            {
                info.ArgumentList.Add(argument!.GetValue<string>());
            }
        }
        else if (request.Shell)
        {
            info.FileName = "/bin/sh";
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(request.Command.GetValue<string>());
        }
        else
        {
            var words = request.Command.GetValue<string>().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            info.FileName = words[0];
            foreach (var word in words.Skip(1))
            {
                info.ArgumentList.Add(word);
            }
        }

        return info;
    }
}

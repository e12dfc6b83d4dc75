using System.Diagnostics;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;

namespace Deskbench.Evaluators.Tests.Support;

/// <summary>
/// A guest that is this machine: <c>/file</c> reads real files, <c>/execute</c> runs real processes (with HOME set to
/// <see cref="Home"/> and <c>HOME/bin</c> first on PATH), <c>/list_directory</c> walks real folders. Guest paths under
/// OSWorld's <c>/home/user</c> map to <see cref="Home"/>. Only what the evaluator getters use is implemented.
/// </summary>
public sealed class LocalGuestClient(string home) : IGuestClient
{
    public string Home { get; } = home;

    public ScreenSize ScreenSize { get; init; } = new(1280, 720);

    public List<CommandRequest> Commands { get; } = [];

    public async Task<CommandResult> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        Commands.Add(request);
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Home };
        start.Environment["HOME"] = Home;
        start.Environment["PATH"] = Path.Combine(Home, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        if (request.Command is JsonValue value && value.TryGetValue(out string? text))
        {
            if (request.Shell)
            {
                start.FileName = "/bin/sh";
                start.ArgumentList.Add("-c");
                start.ArgumentList.Add(text);
            }
            else
            {
                var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                start.FileName = parts[0];
                foreach (var part in parts.Skip(1))
                {
                    start.ArgumentList.Add(part);
                }
            }
        }
        else
        {
            var parts = request.Command.AsArray().Select(part => part!.GetValue<string>()).ToList();
            start.FileName = parts[0];
            foreach (var part in parts.Skip(1))
            {
                start.ArgumentList.Add(part);
            }
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return new CommandResult("success", await output, await error, process.ExitCode);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            // The OSWorld server answers 500 {status: "error"} when the command cannot start.
            return new CommandResult("error", string.Empty, ex.Message, -1);
        }
    }

    public async Task<byte[]?> DownloadFileAsync(string guestPath, CancellationToken cancellationToken) =>
        File.Exists(Local(guestPath)) ? await File.ReadAllBytesAsync(Local(guestPath), cancellationToken) : null;

    public Task<JsonObject?> ListDirectoryAsync(string guestPath, CancellationToken cancellationToken) =>
        Task.FromResult(Directory.Exists(Local(guestPath)) ? Tree(new DirectoryInfo(Local(guestPath))) : null);

    /// <summary>The local path of a guest path (<c>/home/user/…</c> is under <see cref="Home"/>).</summary>
    public string Local(string guestPath) => guestPath.StartsWith("/home/user/", StringComparison.Ordinal)
        ? Path.Combine(Home, guestPath["/home/user/".Length..])
        : guestPath;

    public Task<ScreenSize> GetScreenSizeAsync(CancellationToken cancellationToken) => Task.FromResult(ScreenSize);

    public Task<byte[]> GetScreenshotAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task LaunchAsync(CommandRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task OpenFileAsync(string path, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task UploadFileAsync(string guestPath, Stream content, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<PointerPosition> GetCursorPositionAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> GetPlatformAsync(CancellationToken cancellationToken) => Task.FromResult("Linux");

    public Task<bool> ActivateWindowAsync(WindowQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> CloseWindowAsync(WindowQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<WindowInfo>> ListWindowsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ActionBatchResult> ExecuteActionsAsync(IReadOnlyList<DesktopAction> actions, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    private static JsonObject Tree(DirectoryInfo directory)
    {
        var children = new JsonArray();
        foreach (var entry in directory.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            children.Add(entry is DirectoryInfo sub ? Tree(sub) : new JsonObject { ["type"] = "file", ["name"] = entry.Name });
        }

        return new JsonObject { ["type"] = "directory", ["name"] = directory.Name, ["children"] = children };
    }
}

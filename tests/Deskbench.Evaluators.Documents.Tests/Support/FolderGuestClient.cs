using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>
/// A guest whose files are a real folder on this machine: <c>/file</c> reads real files, guest paths under OSWorld's
/// <c>/home/user/</c> map into <see cref="Home"/>. Only what file getters use is implemented.
/// </summary>
public sealed class FolderGuestClient(string home) : IGuestClient
{
    public string Home { get; } = home;

    public List<string> Downloads { get; } = [];

    public string Local(string guestPath) => guestPath.StartsWith("/home/user/", StringComparison.Ordinal)
        ? Path.Combine(Home, guestPath["/home/user/".Length..])
        : guestPath;

    public async Task<byte[]?> DownloadFileAsync(string guestPath, CancellationToken cancellationToken)
    {
        Downloads.Add(guestPath);
        return File.Exists(Local(guestPath)) ? await File.ReadAllBytesAsync(Local(guestPath), cancellationToken) : null;
    }

    public Task<byte[]> GetScreenshotAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<CommandResult> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task LaunchAsync(CommandRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task OpenFileAsync(string path, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task UploadFileAsync(string guestPath, Stream content, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<JsonObject?> ListDirectoryAsync(string guestPath, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ScreenSize> GetScreenSizeAsync(CancellationToken cancellationToken) => Task.FromResult(ScreenSize.Default);

    public Task<PointerPosition> GetCursorPositionAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> GetPlatformAsync(CancellationToken cancellationToken) => Task.FromResult("Linux");

    public Task<bool> ActivateWindowAsync(WindowQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> CloseWindowAsync(WindowQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<WindowInfo>> ListWindowsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ActionBatchResult> ExecuteActionsAsync(IReadOnlyList<DesktopAction> actions, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}

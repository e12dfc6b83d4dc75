using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;

namespace Deskbench.Harness.Tests.Observations;

/// <summary>
/// A guest whose screen, accessibility tree and terminal are fixed (what the observation builder reads); every other endpoint
/// is unsupported. <see cref="TreeRequests"/> counts <c>GET /accessibility</c> calls.
/// </summary>
internal sealed class FixedDesktopGuest(byte[] screenshot, string? tree, string? terminal = null, bool hasTreeEndpoint = true) : IGuestClient
{
    public int TreeRequests { get; private set; }

    public Task<byte[]> GetScreenshotAsync(CancellationToken cancellationToken) => Task.FromResult(screenshot);

    public Task<string?> GetAccessibilityTreeAsync(CancellationToken cancellationToken)
    {
        TreeRequests++;
        return hasTreeEndpoint ? Task.FromResult(tree) : throw new NotSupportedException("this guest has no GET /accessibility");
    }

    public Task<string?> GetTerminalOutputAsync(CancellationToken cancellationToken) => Task.FromResult(terminal);

    public Task<CommandResult> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) => throw Unsupported();

    public Task LaunchAsync(CommandRequest request, CancellationToken cancellationToken) => throw Unsupported();

    public Task OpenFileAsync(string path, CancellationToken cancellationToken) => throw Unsupported();

    public Task UploadFileAsync(string guestPath, Stream content, CancellationToken cancellationToken) => throw Unsupported();

    public Task<byte[]?> DownloadFileAsync(string guestPath, CancellationToken cancellationToken) => throw Unsupported();

    public Task<JsonObject?> ListDirectoryAsync(string guestPath, CancellationToken cancellationToken) => throw Unsupported();

    public Task<ScreenSize> GetScreenSizeAsync(CancellationToken cancellationToken) => throw Unsupported();

    public Task<PointerPosition> GetCursorPositionAsync(CancellationToken cancellationToken) => throw Unsupported();

    public Task<string> GetPlatformAsync(CancellationToken cancellationToken) => Task.FromResult("Linux");

    public Task<bool> ActivateWindowAsync(WindowQuery query, CancellationToken cancellationToken) => throw Unsupported();

    public Task<bool> CloseWindowAsync(WindowQuery query, CancellationToken cancellationToken) => throw Unsupported();

    public Task<IReadOnlyList<WindowInfo>> ListWindowsAsync(CancellationToken cancellationToken) => throw Unsupported();

    public Task<ActionBatchResult> ExecuteActionsAsync(IReadOnlyList<DesktopAction> actions, CancellationToken cancellationToken) => throw Unsupported();

    private static NotSupportedException Unsupported() => new("not part of an observation");
}

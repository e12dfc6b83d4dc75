using Deskbench.Core.Actions;
using Deskbench.Core.Environments;
using System.Text.Json.Nodes;

namespace Deskbench.Core.Guest;

/// <summary>
/// Client of the in-desktop guest service. Methods map one to one onto the OSWorld in-VM server endpoints, plus Deskbench's
/// native ones (<c>/actions</c>, <c>/windows</c>). Transport failures throw <see cref="GuestUnavailableException"/>.
/// </summary>
public interface IGuestClient
{
    /// <summary><c>GET /screenshot</c>: PNG of the full screen with the cursor drawn in.</summary>
    Task<byte[]> GetScreenshotAsync(CancellationToken cancellationToken);

    /// <summary><c>POST /execute</c>: runs a command to completion and returns its output.</summary>
    Task<CommandResult> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken);

    /// <summary><c>POST /setup/launch</c>: starts a command without waiting for it.</summary>
    Task LaunchAsync(CommandRequest request, CancellationToken cancellationToken);

    /// <summary><c>POST /setup/open_file</c>: opens a file with its default application and waits for its window.</summary>
    Task OpenFileAsync(string path, CancellationToken cancellationToken);

    /// <summary><c>POST /setup/upload</c> (multipart): writes a file, creating parent folders.</summary>
    Task UploadFileAsync(string guestPath, Stream content, CancellationToken cancellationToken);

    /// <summary><c>POST /file</c>: the file's bytes, or null when it does not exist.</summary>
    Task<byte[]?> DownloadFileAsync(string guestPath, CancellationToken cancellationToken);

    /// <summary><c>POST /list_directory</c>: the <c>directory_tree</c> object, or null when the folder does not exist.</summary>
    Task<JsonObject?> ListDirectoryAsync(string guestPath, CancellationToken cancellationToken);

    /// <summary><c>POST /screen_size</c>.</summary>
    Task<ScreenSize> GetScreenSizeAsync(CancellationToken cancellationToken);

    /// <summary><c>GET /cursor_position</c>.</summary>
    Task<PointerPosition> GetCursorPositionAsync(CancellationToken cancellationToken);

    /// <summary><c>GET /platform</c>: "Linux", "Windows" or "Darwin".</summary>
    Task<string> GetPlatformAsync(CancellationToken cancellationToken);

    /// <summary><c>POST /setup/activate_window</c>; false when no window matched.</summary>
    Task<bool> ActivateWindowAsync(WindowQuery query, CancellationToken cancellationToken);

    /// <summary><c>POST /setup/close_window</c>; false when no window matched.</summary>
    Task<bool> CloseWindowAsync(WindowQuery query, CancellationToken cancellationToken);

    /// <summary><c>GET /windows</c> (native): the managed top-level windows.</summary>
    Task<IReadOnlyList<WindowInfo>> ListWindowsAsync(CancellationToken cancellationToken);

    /// <summary><c>POST /actions</c> (native): runs typed actions in order; stops at the first failure.</summary>
    Task<ActionBatchResult> ExecuteActionsAsync(IReadOnlyList<DesktopAction> actions, CancellationToken cancellationToken);

    /// <summary><c>GET /accessibility</c>: the accessibility tree as OSWorld's XML (<c>{"AT": xml}</c>); null when the guest has none.</summary>
    Task<string?> GetAccessibilityTreeAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} does not implement GET /accessibility");

    /// <summary><c>GET /terminal</c>: the text of the focused terminal (<c>{"output": text}</c>); null when there is none.</summary>
    Task<string?> GetTerminalOutputAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} does not implement GET /terminal");

    /// <summary><c>POST /window_size</c> (form <c>app_class_name</c>): the size of the first window of that WM_CLASS; null when none.</summary>
    Task<ScreenSize?> GetWindowSizeAsync(string appClassName, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} does not implement POST /window_size");

    /// <summary><c>POST /wallpaper</c>: the bytes of the desktop's wallpaper image; null when none is set.</summary>
    Task<byte[]?> GetWallpaperAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} does not implement POST /wallpaper");

    /// <summary><c>POST /setup/change_wallpaper</c> (<c>{path}</c>): sets the desktop's wallpaper to an image file in the guest.</summary>
    Task ChangeWallpaperAsync(string path, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} does not implement POST /setup/change_wallpaper");

    /// <summary><c>POST /start_recording</c>: starts recording the screen to an mp4 inside the guest.</summary>
    Task StartRecordingAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} does not implement POST /start_recording");

    /// <summary><c>POST /end_recording</c>: stops the recording and returns the mp4's bytes.</summary>
    Task<byte[]> EndRecordingAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} does not implement POST /end_recording");
}

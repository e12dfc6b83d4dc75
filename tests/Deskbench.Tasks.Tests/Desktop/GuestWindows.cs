using Deskbench.Core.Guest;

namespace Deskbench.Tasks.Tests.Desktop;

/// <summary>Polls the real guest's window list (no fixed sleeps): until a window appears, becomes active, or is gone.</summary>
internal static class GuestWindows
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>The first window matching <paramref name="match"/>; fails the test, listing the windows, on timeout.</summary>
    public static async Task<WindowInfo> AppearsAsync(IGuestClient guest, Func<WindowInfo, bool> match, string what, TimeSpan? timeout = null)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var windows = await guest.ListWindowsAsync(TestContext.Current.CancellationToken);
            if (windows.FirstOrDefault(match) is { } window)
            {
                return window;
            }

            if (TimeProvider.System.GetElapsedTime(started) > (timeout ?? DefaultTimeout))
            {
                Assert.Fail($"no window {what} within {(timeout ?? DefaultTimeout).TotalSeconds} s; windows: {Describe(windows)}");
            }

            await Task.Delay(PollInterval, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits until no window matches <paramref name="match"/>; fails the test on timeout.</summary>
    public static async Task DisappearsAsync(IGuestClient guest, Func<WindowInfo, bool> match, string what, TimeSpan? timeout = null)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var windows = await guest.ListWindowsAsync(TestContext.Current.CancellationToken);
            if (!windows.Any(match))
            {
                return;
            }

            if (TimeProvider.System.GetElapsedTime(started) > (timeout ?? DefaultTimeout))
            {
                Assert.Fail($"the window {what} was still open after {(timeout ?? DefaultTimeout).TotalSeconds} s; windows: {Describe(windows)}");
            }

            await Task.Delay(PollInterval, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>"'title' (instance.Class, active)" for each window, for failure messages.</summary>
    public static string Describe(IEnumerable<WindowInfo> windows) =>
        string.Join("; ", windows.Select(w => $"'{w.Title}' ({w.InstanceName}.{w.ClassName}{(w.IsActive ? ", active" : string.Empty)})"));
}

using System.Diagnostics;

namespace Deskbench.Testing;

/// <summary>Lists and waits for managed windows on a display, through xprop (independent of the code under test).</summary>
public static class X11ClientWindows
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>The windows in <c>_NET_CLIENT_LIST</c> order, with titles (<c>_NET_WM_NAME</c>, else WM_NAME) and WM_CLASS.</summary>
    public static async Task<IReadOnlyList<X11ClientWindow>> ListAsync(XvfbDisplay display, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(display);
        var list = await Tool.RunAsync("xprop", ["-root", "_NET_CLIENT_LIST"], display.Environment, cancellationToken: cancellationToken);
        var windows = new List<X11ClientWindow>();
        foreach (var id in XpropText.WindowIds(list.StandardOutput, "_NET_CLIENT_LIST"))
        {
            var properties = await Tool.RunAsync(
                "xprop", ["-id", $"0x{id:x}", "_NET_WM_NAME", "WM_NAME", "WM_CLASS"], display.Environment, cancellationToken: cancellationToken);
            if (!properties.Succeeded)
            {
                continue;
            }

            var output = properties.StandardOutput;
            var title = First(XpropText.Strings(output, "_NET_WM_NAME")) ?? First(XpropText.Strings(output, "WM_NAME")) ?? string.Empty;
            var wmClass = XpropText.Strings(output, "WM_CLASS");
            windows.Add(new X11ClientWindow(id, title, wmClass.ElementAtOrDefault(0) ?? string.Empty, wmClass.ElementAtOrDefault(1) ?? string.Empty));
        }

        return windows;
    }

    private static string? First(IReadOnlyList<string> values) => values.Count > 0 ? values[0] : null;

    /// <summary>Polls until a window satisfies <paramref name="match"/>; throws <see cref="TimeoutException"/> listing what was there.</summary>
    public static async Task<X11ClientWindow> WaitForAsync(
        XvfbDisplay display, Func<X11ClientWindow, bool> match, TimeSpan timeout, string? description = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<X11ClientWindow> windows;
        do
        {
            windows = await ListAsync(display, cancellationToken);
            if (windows.FirstOrDefault(match) is { } window)
            {
                return window;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
        while (clock.Elapsed < timeout);

        var seen = string.Join("; ", windows.Select(w => $"'{w.Title}' ({w.Instance}.{w.ClassName})"));
        throw new TimeoutException($"No window {description ?? "matching"} appeared within {timeout}. Windows: {seen}");
    }

    /// <summary>Polls until no window satisfies <paramref name="match"/>.</summary>
    public static async Task WaitUntilGoneAsync(
        XvfbDisplay display, Func<X11ClientWindow, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        var clock = Stopwatch.StartNew();
        while ((await ListAsync(display, cancellationToken)).Any(match))
        {
            if (clock.Elapsed >= timeout)
            {
                throw new TimeoutException($"A matching window was still open after {timeout}.");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}

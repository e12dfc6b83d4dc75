using System.Globalization;
using Deskbench.Core.Guest;

namespace Deskbench.Guest.Client.OsWorld;

/// <summary>
/// OSWorld's server has no window list (Deskbench's <c>GET /windows</c>); the dialect gets the same facts through
/// <c>/execute</c> with a shell script: <c>wmctrl -lGx</c> (OSWorld's Ubuntu image has wmctrl), or where wmctrl is missing
/// the same columns from <c>xprop</c>/<c>xwininfo</c>, then the active window from <c>xprop -root _NET_ACTIVE_WINDOW</c>.
/// Linux guests only (X11).
/// </summary>
public static class OsWorldWindowList
{
    /// <summary>Marks the line carrying the active window id.</summary>
    public const string ActiveMarker = "DESKBENCH-ACTIVE";

    /// <summary>The POSIX shell script run through <c>/execute</c> with <c>shell: true</c>.</summary>
    public const string Script =
        "if command -v wmctrl >/dev/null 2>&1; then wmctrl -lGx; else "
        + "for id in $(xprop -root _NET_CLIENT_LIST | sed -n 's/^[^#]*# *//p' | tr ',' ' '); do "
        // Only window ids: xwininfo and xprop given anything else wait for a click on a window (there is no WM list yet early in a session).
        + "case \"$id\" in 0x*) ;; *) continue ;; esac; "
        + "g=$(xwininfo -id \"$id\" | awk '/Absolute upper-left X/{x=$NF} /Absolute upper-left Y/{y=$NF} /Width:/{w=$NF} /Height:/{h=$NF} END{print x, y, w, h}'); "
        + "c=$(xprop -id \"$id\" WM_CLASS | sed -n 's/^WM_CLASS[^=]*= \"\\(.*\\)\", \"\\(.*\\)\"$/\\1.\\2/p'); "
        + "t=$(xprop -id \"$id\" _NET_WM_NAME | sed -n 's/^_NET_WM_NAME[^=]*= \"\\(.*\\)\"$/\\1/p'); "
        + "[ -n \"$t\" ] || t=$(xprop -id \"$id\" WM_NAME | sed -n 's/^WM_NAME[^=]*= \"\\(.*\\)\"$/\\1/p'); "
        + "echo \"$id 0 $g ${c:-N/A} N/A $t\"; done; fi; "
        + "echo \"" + ActiveMarker + " $(xprop -root _NET_ACTIVE_WINDOW | sed 's/^.*# *//')\"";

    /// <summary>
    /// Reads the script's output: <c>id desktop x y width height instance.Class host title…</c> per window (wmctrl's
    /// <c>-lGx</c> columns), then the active-window line. Lines that do not fit are skipped.
    /// </summary>
    public static IReadOnlyList<WindowInfo> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var active = lines.Where(l => l.StartsWith(ActiveMarker, StringComparison.Ordinal))
            .Select(l => ParseId(l[ActiveMarker.Length..].Trim().Split(',')[0].Trim()))
            .FirstOrDefault();
        var windows = new List<WindowInfo>();
        foreach (var line in lines.Where(l => !l.StartsWith(ActiveMarker, StringComparison.Ordinal)))
        {
            var fields = line.Split((char[]?)null, 8, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 7 || ParseId(fields[0]) is not { } id
                || !TryInt(fields[2], out var x) || !TryInt(fields[3], out var y) || !TryInt(fields[4], out var width) || !TryInt(fields[5], out var height))
            {
                continue;
            }

            var (instance, className) = SplitClass(fields[6]);
            var title = fields.Length == 8 ? TitleAfterHost(fields[7]) : string.Empty;
            windows.Add(new WindowInfo(id, Unescape(title), className, instance, x, y, width, height, id == active));
        }

        return windows;
    }

    private static string TitleAfterHost(string rest)
    {
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? string.Empty : rest[(space + 1)..];
    }

    /// <summary>wmctrl's <c>instance.Class</c> column (the instance may itself contain dots: the class is after the last one).</summary>
    private static (string Instance, string ClassName) SplitClass(string column)
    {
        if (column == "N/A")
        {
            return (string.Empty, string.Empty);
        }

        var dot = column.LastIndexOf('.');
        return dot < 0 ? (column, column) : (column[..dot], column[(dot + 1)..]);
    }

    /// <summary>xprop writes <c>\"</c> and <c>\\</c> inside quoted strings.</summary>
    private static string Unescape(string title) =>
        title.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    private static long? ParseId(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var id) && id != 0
            ? id
            : null;

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

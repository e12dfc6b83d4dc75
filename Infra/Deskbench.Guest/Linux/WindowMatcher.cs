using Deskbench.Core.Guest;

namespace Deskbench.Guest.Linux;

/// <summary>
/// wmctrl's window selection (<c>-a</c>/<c>-c</c>): the title — or with <c>-x</c> the WM_CLASS as "instance.class" —
/// contains the name case-insensitively, or with <c>-F</c> equals it exactly (case-sensitive).
/// </summary>
internal static class WindowMatcher
{
    public static bool Matches(WindowQuery query, WindowInfo window)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(window);
        var subject = query.ByClass ? ClassString(window) : window.Title;
        if (subject is null)
        {
            return false;
        }

        return query.Strict
            ? string.Equals(subject, query.WindowName, StringComparison.Ordinal)
            : subject.Contains(query.WindowName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>WM_CLASS as wmctrl prints and matches it: "instance.class" (null when the window has no WM_CLASS).</summary>
    public static string? ClassString(WindowInfo window) =>
        window.InstanceName.Length == 0 && window.ClassName.Length == 0 ? null : $"{window.InstanceName}.{window.ClassName}";
}

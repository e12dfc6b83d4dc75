using Deskbench.Core.Guest;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// wmctrl's window selection, applied host-side to <see cref="IGuestClient.ListWindowsAsync"/>: a case-insensitive
/// substring of the title, or (strict, wmctrl <c>-F</c>) the exact title; with by_class (wmctrl <c>-x</c>) the
/// <c>instance.Class</c> string instead of the title.
/// </summary>
internal static class WindowMatcher
{
    public static bool Matches(WindowInfo window, WindowQuery query)
    {
        var subject = query.ByClass ? $"{window.InstanceName}.{window.ClassName}" : window.Title;
        return query.Strict
            ? string.Equals(subject, query.WindowName, StringComparison.Ordinal)
            : subject.Contains(query.WindowName, StringComparison.OrdinalIgnoreCase);
    }
}

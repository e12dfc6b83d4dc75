namespace Deskbench.Guest.Accessibility;

/// <summary>
/// OSWorld's <c>/terminal</c> rule over any terminal application (it names gnome-terminal-server only): the
/// <c>terminal</c> element with <c>st:focused</c> inside a <c>frame</c> child of an application with <c>st:active</c>;
/// its text with trailing white space removed when exactly one matches, else null.
/// </summary>
public static class TerminalText
{
    public static string? Find(AccessibilitySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var focused = snapshot.Applications
            .SelectMany(application => application.Children)
            .Where(frame => frame.Tag == "frame" && frame.Get("st:active") == "true")
            .SelectMany(frame => frame.DescendantsAndSelf())
            .Where(element => element.Tag == "terminal" && element.Get("st:focused") == "true")
            .ToList();
        return focused.Count == 1 ? focused[0].Text.TrimEnd() : null;
    }
}

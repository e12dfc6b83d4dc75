using Deskbench.Guest.Accessibility;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>OSWorld's <c>/terminal</c> rule: one focused terminal inside an active frame; its text without trailing space.</summary>
public sealed class TerminalTextTests
{
    private static AccessibleElement Application(bool activeFrame, params AccessibleElement[] terminals)
    {
        var frame = new AccessibleElement("frame");
        frame.Set("name", "Terminal");
        if (activeFrame)
        {
            frame.Set("st:active", "true");
        }

        var box = new AccessibleElement("filler");
        box.Children.AddRange(terminals);
        frame.Children.Add(box);
        var application = new AccessibleElement("application");
        application.Children.Add(frame);
        return application;
    }

    private static AccessibleElement Terminal(string text, bool focused)
    {
        var terminal = new AccessibleElement("terminal") { Text = text };
        if (focused)
        {
            terminal.Set("st:focused", "true");
        }

        return terminal;
    }

    [Fact]
    public void Focused_terminal_of_the_active_frame_gives_its_text_right_trimmed()
    {
        var snapshot = new AccessibilitySnapshot([Application(true, Terminal("$ ls\nfile\n\n\n  ", focused: true))], []);
        Assert.Equal("$ ls\nfile", TerminalText.Find(snapshot));
    }

    [Fact]
    public void No_active_frame_no_focused_terminal_or_two_of_them_give_null()
    {
        Assert.Null(TerminalText.Find(new AccessibilitySnapshot([Application(false, Terminal("x", focused: true))], [])));
        Assert.Null(TerminalText.Find(new AccessibilitySnapshot([Application(true, Terminal("x", focused: false))], [])));
        Assert.Null(TerminalText.Find(new AccessibilitySnapshot(
            [Application(true, Terminal("a", focused: true)), Application(true, Terminal("b", focused: true))], [])));
    }
}

using System.Xml.Linq;
using static Deskbench.Guest.Tests.Accessibility.AccessibilityXml;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary><c>GET /accessibility</c> on a GTK window the test builds: checked node by node, and against pyatspi exactly.</summary>
[Collection(AccessibilityDesktopCollection.Name)]
public sealed class GtkWindowTreeTests(AccessibilityDesktopFixture desktop)
{
    private async Task<(SessionApp App, string Title, XElement Application)> OpenWindowAsync()
    {
        desktop.RequireDesktop();
        TestScripts.RequireGtk();
        var title = "deskbench-a11y-" + Guid.NewGuid().ToString("N")[..8];
        var app = desktop.Start("/usr/bin/python3", [TestScripts.GtkWindow, title]);
        var application = await WaitForAsync(
            desktop.Client,
            root => ApplicationWithFrame(root, name => name == title) is { } found
                && found.Descendants("push-button").Any(b => Get(b, St + "showing") == "true") ? found : null,
            TimeSpan.FromSeconds(30),
            $"the GTK window {title} in the tree");
        return (app, title, application);
    }

    [Fact]
    public async Task Known_window_is_read_node_by_node()
    {
        var (app, title, application) = await OpenWindowAsync();
        await using var _ = app;

        Assert.Equal("application", application.Name.LocalName);
        Assert.Equal("gtk_window.py", Get(application, "name"));
        var frame = Assert.Single(application.Elements());
        Assert.Equal("frame", frame.Name.LocalName);
        Assert.Equal(title, Get(frame, "name"));
        Assert.Equal("true", Get(frame, St + "showing"));
        Assert.Equal("gtk", Get(frame, Attr + "toolkit"));
        Assert.Equal("normal", Get(frame, Attr + "window-type"));

        var box = Assert.Single(frame.Elements());
        Assert.Equal("filler", box.Name.LocalName);
        Assert.Equal("true", Get(box, St + "vertical"));
        var widgets = box.Elements().ToList();
        Assert.Equal(
            ["label", "text", "push-button", "push-button", "check-box", "spin-button", "push-button"],
            widgets.Select(w => w.Name.LocalName));

        var (label, entry, first, second, check, spin, hidden) = (widgets[0], widgets[1], widgets[2], widgets[3], widgets[4], widgets[5], widgets[6]);
        Assert.Equal("Known label", Get(label, "name"));
        Assert.Equal("Known label", label.Value);
        Assert.Equal("entry text  here", entry.Value); // U+FFFC stripped
        Assert.Equal("true", Get(entry, St + "editable"));
        Assert.Equal("true", Get(entry, St + "single_line"));
        Assert.Equal("Activates the entry", Get(entry, Act + "activate_desc"));
        Assert.Equal("", Get(entry, Act + "activate_kb"));
        Assert.Equal("First button", Get(first, "name"));
        Assert.Equal("Second button", Get(second, "name"));
        Assert.Equal("Clicks the button", Get(first, Act + "click_desc"));
        Assert.Equal("true", Get(first, St + "focusable"));
        Assert.Equal("Check me", Get(check, "name"));
        Assert.Equal("2.5", spin.Value);
        Assert.Equal("2.5", Get(spin, Val + "value"));
        Assert.Equal("0.0", Get(spin, Val + "min"));
        Assert.Equal("10.0", Get(spin, Val + "max"));
        Assert.Equal("0.5", Get(spin, Val + "step"));

        // Extents only for visible and showing nodes; the hidden button has neither.
        Assert.Equal("Hidden button", Get(hidden, "name"));
        Assert.Null(Get(hidden, St + "showing"));
        Assert.Null(Get(hidden, Cp + "screencoord"));
        Assert.Null(Get(hidden, Cp + "size"));
        var frameBox = Parse(Get(frame, Cp + "screencoord")!, Get(frame, Cp + "size")!);
        var previousBottom = 0;
        foreach (var widget in widgets.Take(6))
        {
            var rectangle = Parse(Get(widget, Cp + "screencoord")!, Get(widget, Cp + "size")!);
            Assert.True(rectangle.W > 0 && rectangle.H > 0, $"{widget.Name.LocalName} has an empty box");
            Assert.True(rectangle.X >= frameBox.X && rectangle.X + rectangle.W <= frameBox.X + frameBox.W, $"{widget.Name.LocalName} is outside its frame");
            Assert.True(rectangle.Y >= previousBottom, $"{widget.Name.LocalName} is not below the widget before it");
            previousBottom = rectangle.Y + rectangle.H;
        }
    }

    [Fact]
    public async Task Root_declares_OSWorld_namespaces_in_order()
    {
        desktop.RequireDesktop();
        var raw = await GetRawAsync(desktop.Client);
        Assert.StartsWith(
            "<desktop-frame xmlns:st=\"https://accessibility.ubuntu.example.org/ns/state\" " +
            "xmlns:attr=\"https://accessibility.ubuntu.example.org/ns/attributes\" " +
            "xmlns:cp=\"https://accessibility.ubuntu.example.org/ns/component\" " +
            "xmlns:doc=\"https://accessibility.ubuntu.example.org/ns/document\" " +
            "xmlns:docattr=\"https://accessibility.ubuntu.example.org/ns/document/attributes\" " +
            "xmlns:txt=\"https://accessibility.ubuntu.example.org/ns/text\" " +
            "xmlns:val=\"https://accessibility.ubuntu.example.org/ns/value\" " +
            "xmlns:act=\"https://accessibility.ubuntu.example.org/ns/action\"",
            raw,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Known_window_equals_the_pyatspi_tree_exactly()
    {
        var (app, title, _) = await OpenWindowAsync();
        await using var _ = app;
        PyatspiWalker.Require();

        var ours = ApplicationWithFrame(await GetAsync(desktop.Client), name => name == title);
        var reference = ApplicationWithFrame(XElement.Parse((await PyatspiWalker.RunAsync(desktop.Session.Environment))[0].Xml), name => name == title);
        Assert.NotNull(ours);
        Assert.NotNull(reference);
        Assert.Equal(reference.ToString(SaveOptions.DisableFormatting), ours.ToString(SaveOptions.DisableFormatting));
    }

    private static (int X, int Y, int W, int H) Parse(string coordinates, string size)
    {
        static (int, int) Pair(string text)
        {
            var parts = text.Trim('(', ')').Split(", ");
            return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        var (x, y) = Pair(coordinates);
        var (w, h) = Pair(size);
        return (x, y, w, h);
    }
}

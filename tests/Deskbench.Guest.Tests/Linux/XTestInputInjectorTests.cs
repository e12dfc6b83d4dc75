using Deskbench.Core.Guest;
using System.Diagnostics;
using Deskbench.Core.Actions;
using Deskbench.Testing;

namespace Deskbench.Guest.Tests.Linux;

[Collection(X11DesktopCollection.Name)]
public sealed class XTestInputInjectorTests(X11DesktopFixture fixture)
{
    private const string SpecialText = "<>!@#$%^&*()_+{}|:\"?~ éß";
    private static readonly TimeSpan FileTimeout = TimeSpan.FromSeconds(15);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Typed_text_with_shifted_and_non_keymap_characters_is_saved_exactly_by_mousepad()
    {
        var desktop = fixture.Require("mousepad");
        using var folder = new TempFolder("deskbench-type-");
        var file = Path.Combine(folder.Path, "typed.txt");
        await File.WriteAllTextAsync(file, string.Empty, Cancel);
        await using var mousepad = DesktopApp.Start(desktop.Display, "mousepad", [file]);
        await mousepad.WaitForWindowTitledAsync("typed.txt", cancellationToken: Cancel);
        Assert.True(desktop.Backend.Windows.Activate(new("typed.txt")));
        var input = desktop.Backend.Input;

        await input.ExecuteAsync(new TypeTextAction("Line1 " + SpecialText + "\n"), Cancel);
        await input.ExecuteAsync(new TypeTextAction("€ → Ω"), Cancel);
        await input.ExecuteAsync(new HotkeyAction(["ctrl", "s"]), Cancel);

        var expected = "Line1 " + SpecialText + "\n€ → Ω";
        Assert.Equal(expected, await WaitForFileTextAsync(file, text => text.Length >= expected.Length));
    }

    [Fact]
    public async Task Key_presses_by_pyautogui_name_reach_an_xterm_running_cat()
    {
        var desktop = fixture.Require("xterm");
        using var folder = new TempFolder("deskbench-keys-");
        var file = Path.Combine(folder.Path, "keys.txt");
        await using var xterm = DesktopApp.Start(desktop.Display, "xterm", ["-title", "cat-probe", "-e", "sh", "-c", $"cat > '{file}'"]);
        await xterm.WaitForWindowTitledAsync("cat-probe", cancellationToken: Cancel);
        Assert.True(desktop.Backend.Windows.Activate(new("cat-probe", Strict: true)));
        var input = desktop.Backend.Input;

        foreach (var key in new[] { "A", "<", ">", "!", "space", "Q", "backspace", "z", "enter" })
        {
            await input.ExecuteAsync(new KeyPressAction(key), Cancel);
        }

        await input.ExecuteAsync(new TypeTextAction("é~\n"), Cancel);
        await input.ExecuteAsync(new KeyPressAction("x", Presses: 3), Cancel);
        await input.ExecuteAsync(new KeyDownAction("shift"), Cancel);
        await input.ExecuteAsync(new KeyPressAction("y"), Cancel);
        await input.ExecuteAsync(new KeyUpAction("shift"), Cancel);
        await input.ExecuteAsync(new KeyPressAction("Enter"), Cancel);
        await input.ExecuteAsync(new HotkeyAction(["ctrl", "d"]), Cancel);

        Assert.True(await xterm.WaitForExitAsync(FileTimeout), "cat should end at ctrl+d");
        Assert.Equal("A<>! z\né~\nxxxY\n", await File.ReadAllTextAsync(file, Cancel));
    }

    [Fact]
    public async Task A_click_on_a_real_button_activates_it()
    {
        var desktop = fixture.Require("xmessage");
        await using var message = DesktopApp.Start(
            desktop.Display, "xmessage", ["-title", "button-probe", "-buttons", "Proceed:17", "Click the button below"]);
        var window = await ScreenPixels.SettledWindowAsync(desktop.Backend.Windows, (await message.WaitForWindowTitledAsync("button-probe", cancellationToken: Cancel)).Id);

        // xmessage lays its button box out below the message, starting at the left edge.
        await desktop.Backend.Input.ExecuteAsync(new ClickAction(window.X + 20, window.Y + window.Height - 12), Cancel);

        Assert.True(await message.WaitForExitAsync(FileTimeout), "xmessage should exit when its button is clicked");
        Assert.Equal(17, message.ExitCode);
    }

    [Fact]
    public async Task Drag_and_double_click_select_text_in_an_xterm()
    {
        var desktop = fixture.Require("xterm", "xclip");
        // The shell touches a marker file once the text is written, so the drag never races the shell's start under load.
        var printed = Path.Combine(Path.GetTempPath(), $"deskbench-select-probe-{Guid.NewGuid():N}");
        await using var xterm = DesktopApp.Start(
            desktop.Display, "xterm", ["-title", "select-probe", "-geometry", "80x10+100+100", "-e", "sh", "-c", $"echo HELLOWORLD again; touch {printed}; exec sleep 600"]);
        var window = await ScreenPixels.SettledWindowAsync(desktop.Backend.Windows, (await xterm.WaitForWindowTitledAsync("select-probe", cancellationToken: Cancel)).Id);
        var clock = Stopwatch.StartNew();
        while (!File.Exists(printed) && clock.Elapsed < FileTimeout)
        {
            await Task.Delay(20, Cancel);
        }

        File.Delete(printed);

        // Raise it: openbox may map a new window below one that just had input (focus-stealing prevention), and a window
        // left on top by an earlier test would then take the drag.
        Assert.True(desktop.Backend.Windows.Activate(new WindowQuery("select-probe", Strict: true)), "activate the probe xterm");
        var input = desktop.Backend.Input;
        var (cellWidth, row) = ((window.Width - 4) / 80.0, window.Y + 2 + ((window.Height - 4) / 20));

        // xterm selects up to the character boundary nearest the pointer: ending inside cell 5 selects cells 0-4.
        // xterm may still be drawing the text it just read: a drag that selected nothing is tried again (at most 3 times).
        var selected = string.Empty;
        for (var attempt = 0; attempt < 3 && selected != "HELLO"; attempt++)
        {
            await input.ExecuteAsync(new DragAction(window.X + 2 + (int)(cellWidth * 5.3), row, FromX: window.X + 3, FromY: row, DurationSeconds: 0.1), Cancel);
            selected = await WaitForPrimarySelectionAsync(desktop.Display, "HELLO", TimeSpan.FromSeconds(3));
        }

        Assert.Equal("HELLO", selected);

        // Past xterm's multi-click time, so the drag's release does not count as the double click's first click.
        await Task.Delay(400, Cancel);
        await input.ExecuteAsync(new ClickAction(window.X + 2 + (int)(cellWidth * 13.5), row, Count: 2), Cancel);
        Assert.Equal("again", await WaitForPrimarySelectionAsync(desktop.Display, "again"));
    }

    [Fact]
    public async Task Scrolling_up_and_down_moves_an_xterm_through_its_scrollback()
    {
        var desktop = fixture.Require("xterm");
        await using var xterm = DesktopApp.Start(
            desktop.Display, "xterm", ["-title", "scroll-probe", "-geometry", "40x10+100+100", "-e", "sh", "-c", "seq 1 200; exec sleep 600"]);
        var window = await ScreenPixels.SettledWindowAsync(desktop.Backend.Windows, (await xterm.WaitForWindowTitledAsync("scroll-probe", cancellationToken: Cancel)).Id);
        var input = desktop.Backend.Input;
        var region = new ScreenRegion(desktop.Backend.Screen, window.X, window.Y, window.Width, window.Height);
        await input.ExecuteAsync(new MoveAction(window.X + (window.Width / 2), window.Y + (window.Height / 2)), Cancel);
        using var atBottom = await region.CaptureStableAsync();

        await input.ExecuteAsync(new ScrollAction(0, -3), Cancel);
        using var afterScrollingDownAtBottom = await region.CaptureStableAsync();
        await input.ExecuteAsync(new ScrollAction(0, 3, window.X + 10, window.Y + 10), Cancel);
        using var scrolledUp = await region.CaptureStableAsync(differentFrom: atBottom);
        await input.ExecuteAsync(new ScrollAction(0, -3), Cancel);
        using var scrolledBack = await region.CaptureStableAsync(differentFrom: scrolledUp);

        Assert.Equal(0, region.CountDifferences(atBottom, afterScrollingDownAtBottom));
        Assert.True(region.CountDifferences(atBottom, scrolledUp) > 100, "scrolling up should show earlier lines");
        Assert.Equal(0, region.CountDifferences(atBottom, scrolledBack));
    }

    [Fact]
    public async Task Pointer_moves_absolutely_and_relatively_and_rejects_off_screen_targets()
    {
        var input = fixture.Require().Backend.Input;

        await input.ExecuteAsync(new MoveAction(640, 360), Cancel);
        Assert.Equal(new(640, 360), input.GetPointerPosition());
        await input.ExecuteAsync(new MoveAction(-40, 15, Relative: true), Cancel);
        Assert.Equal(new(600, 375), input.GetPointerPosition());
        await input.ExecuteAsync(new MouseDownAction(700, 400), Cancel);
        await input.ExecuteAsync(new MouseUpAction(), Cancel);
        Assert.Equal(new(700, 400), input.GetPointerPosition());

        await Assert.ThrowsAsync<ArgumentException>(() => input.ExecuteAsync(new ClickAction(1920, 10), Cancel));
        await Assert.ThrowsAsync<ArgumentException>(() => input.ExecuteAsync(new MoveAction(-1, 10), Cancel));
        Assert.Equal(new(700, 400), input.GetPointerPosition());
    }

    [Fact]
    public async Task Unknown_key_names_are_rejected_naming_the_key_before_anything_is_pressed()
    {
        var input = fixture.Require().Backend.Input;

        var press = await Assert.ThrowsAsync<ArgumentException>(() => input.ExecuteAsync(new KeyPressAction("hyperdrive"), Cancel));
        var hotkey = await Assert.ThrowsAsync<ArgumentException>(() => input.ExecuteAsync(new HotkeyAction(["ctrl", "warp"]), Cancel));

        Assert.Contains("hyperdrive", press.Message, StringComparison.Ordinal);
        Assert.Contains("warp", hotkey.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_done_and_fail_actions_do_not_inject_anything()
    {
        var input = fixture.Require().Backend.Input;
        await input.ExecuteAsync(new MoveAction(10, 20), Cancel);
        var started = Stopwatch.StartNew();

        await input.ExecuteAsync(new WaitAction(0.2), Cancel);
        await input.ExecuteAsync(new DoneAction(), Cancel);
        await input.ExecuteAsync(new FailAction(), Cancel);

        Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(190), $"waited only {started.Elapsed}");
        Assert.Equal(new(10, 20), input.GetPointerPosition());
    }

    private static async Task<string> WaitForFileTextAsync(string path, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        var text = string.Empty;
        while (clock.Elapsed < FileTimeout)
        {
            text = File.Exists(path) ? await File.ReadAllTextAsync(path, Cancel) : string.Empty;
            if (done(text))
            {
                return text;
            }

            await Task.Delay(50, Cancel);
        }

        return text;
    }

    /// <summary>The PRIMARY selection once it equals <paramref name="expected"/> (the app sets it when it handles the events), or the last value seen.</summary>
    private static async Task<string> WaitForPrimarySelectionAsync(XvfbDisplay display, string expected, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        var selection = string.Empty;
        while (clock.Elapsed < (timeout ?? FileTimeout) && selection != expected)
        {
            var result = await Tool.RunAsync("xclip", ["-o", "-selection", "primary"], display.Environment, cancellationToken: Cancel);
            selection = result.StandardOutput;
            await Task.Delay(selection == expected ? 0 : 30, Cancel);
        }

        return selection;
    }
}

using Deskbench.Core.Setup;
using static Deskbench.Tasks.Tests.Desktop.DesktopSteps;

namespace Deskbench.Tasks.Tests.Desktop;

/// <summary>
/// Desktop tier: <c>launch</c>, <c>open</c>, <c>activate_window</c> and <c>close_window</c> against the real guest, with real
/// apps (xterm, mousepad) on a real X session; every effect is observed through the guest's window list.
/// </summary>
public sealed class WindowStepsDesktopTests(RealDesktopFixture desktop) : IClassFixture<RealDesktopFixture>
{
    [Fact]
    public async Task Launch_starts_the_program_and_its_window_is_listed()
    {
        var environment = desktop.Require("xterm");
        var title = Unique("launched");

        await RunAsync(desktop.NewContext(), Step("launch", $$"""{"command": ["xterm", "-T", "{{title}}"]}"""));

        var window = await GuestWindows.AppearsAsync(environment.Guest, w => w.Title == title, $"titled {title}");
        Assert.Equal(("xterm", "XTerm"), (window.InstanceName, window.ClassName));
        Assert.True(window.Width > 0 && window.Height > 0, $"window size {window.Width}x{window.Height}");
    }

    [Fact]
    public async Task Launch_with_shell_runs_the_string_under_a_shell()
    {
        var environment = desktop.Require("xterm");
        var tag = Unique("shell");

        // Only a shell turns $((6*7)) into 42.
        await RunAsync(desktop.NewContext(), Step("launch", $$"""{"command": "xterm -T {{tag}}-$((6*7))", "shell": true}"""));

        await GuestWindows.AppearsAsync(environment.Guest, w => w.Title == $"{tag}-42", $"titled {tag}-42");
    }

    [Fact]
    public async Task Open_shows_a_text_file_in_mousepad_and_activates_it()
    {
        var environment = desktop.Require("mousepad", "xdg-open");
        var name = Unique("opened") + ".txt";

        await RunAsync(desktop.NewContext(),
            Step("execute", $$"""{"command": "printf 'hello\\n' > ~/{{name}}", "shell": true}"""),
            Step("open", $$"""{"path": "~/{{name}}"}"""));

        // open returns once the window is there, so one listing suffices; activation may trail by a moment.
        var windows = await environment.Guest.ListWindowsAsync(Token);
        var window = Assert.Single(windows, w => w.Title.Contains(name, StringComparison.Ordinal));
        Assert.Equal("Mousepad", window.ClassName);
        await GuestWindows.AppearsAsync(environment.Guest, w => w.Id == window.Id && w.IsActive, $"{name} active");
    }

    [Fact]
    public async Task Open_of_a_missing_file_fails_the_step()
    {
        desktop.Require();
        var name = Unique("missing") + ".txt";

        var error = await Assert.ThrowsAsync<SetupStepException>(() =>
            RunAsync(desktop.NewContext(), Step("open", $$"""{"path": "~/{{name}}"}""")));

        Assert.Equal("open", error.StepType);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activate_window_makes_the_named_window_the_active_one()
    {
        var environment = desktop.Require("xterm");
        var first = Unique("first");
        var second = Unique("second");
        var context = desktop.NewContext();
        await RunAsync(context,
            Step("launch", $$"""{"command": ["xterm", "-T", "{{first}}"]}"""),
            Step("launch", $$"""{"command": ["xterm", "-T", "{{second}}"]}"""));
        await GuestWindows.AppearsAsync(environment.Guest, w => w.Title == first, first);
        await GuestWindows.AppearsAsync(environment.Guest, w => w.Title == second, second);

        await RunAsync(context, Step("activate_window", $$"""{"window_name": "{{second}}", "strict": true}"""));
        await GuestWindows.AppearsAsync(environment.Guest, w => w.Title == second && w.IsActive, $"{second} active");

        // A case-insensitive part of the title, as wmctrl -a matches.
        await RunAsync(context, Step("activate_window", $$"""{"window_name": "{{first.ToUpperInvariant()}}"}"""));
        await GuestWindows.AppearsAsync(environment.Guest, w => w.Title == first && w.IsActive, $"{first} active");
        var windows = await environment.Guest.ListWindowsAsync(Token);
        Assert.False(windows.Single(w => w.Title == second).IsActive, GuestWindows.Describe(windows));
        Assert.Single(windows, w => w.IsActive);
    }

    [Fact]
    public async Task Close_window_closes_the_window_matched_by_title()
    {
        var environment = desktop.Require("xterm");
        var doomed = Unique("doomed");
        var kept = Unique("kept");
        var context = desktop.NewContext();
        await RunAsync(context,
            Step("launch", $$"""{"command": ["xterm", "-T", "{{doomed}}"]}"""),
            Step("launch", $$"""{"command": ["xterm", "-T", "{{kept}}"]}"""));
        await GuestWindows.AppearsAsync(environment.Guest, w => w.Title == doomed, doomed);
        await GuestWindows.AppearsAsync(environment.Guest, w => w.Title == kept, kept);

        await RunAsync(context, Step("close_window", $$"""{"window_name": "{{doomed}}", "strict": true}"""));

        await GuestWindows.DisappearsAsync(environment.Guest, w => w.Title == doomed, doomed);
        Assert.Contains(await environment.Guest.ListWindowsAsync(Token), w => w.Title == kept);
    }

    [Fact]
    public async Task Close_window_by_class_matches_instance_and_class()
    {
        var environment = desktop.Require("xterm");
        var instance = Unique("inst");
        var context = desktop.NewContext();
        await RunAsync(context, Step("launch", $$"""{"command": ["xterm", "-name", "{{instance}}", "-T", "{{instance}}-title"]}"""));
        var window = await GuestWindows.AppearsAsync(environment.Guest, w => w.InstanceName == instance, $"of instance {instance}");
        Assert.Equal("XTerm", window.ClassName);

        // by_class with strict compares "instance.Class" exactly (wmctrl -x -F).
        await RunAsync(context, Step("close_window", $$"""{"window_name": "{{instance}}.XTerm", "strict": true, "by_class": true}"""));

        await GuestWindows.DisappearsAsync(environment.Guest, w => w.Id == window.Id, $"{instance}.XTerm");
    }

    [Fact]
    public async Task Window_steps_that_match_nothing_succeed_and_change_nothing()
    {
        var environment = desktop.Require();
        var nobody = Unique("nobody");
        var before = await environment.Guest.ListWindowsAsync(Token);

        await RunAsync(desktop.NewContext(),
            Step("activate_window", $$"""{"window_name": "{{nobody}}"}"""),
            Step("close_window", $$"""{"window_name": "{{nobody}}"}"""));

        var after = await environment.Guest.ListWindowsAsync(Token);
        Assert.All(before, w => Assert.Contains(after, a => a.Id == w.Id));
        Assert.DoesNotContain(after, w => w.Title.Contains(nobody, StringComparison.OrdinalIgnoreCase));
    }
}

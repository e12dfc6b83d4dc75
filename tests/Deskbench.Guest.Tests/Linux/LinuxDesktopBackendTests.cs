using Deskbench.Core.Actions;
using Deskbench.Guest.Linux;
using Deskbench.Testing;

namespace Deskbench.Guest.Tests.Linux;

[Collection(X11DesktopCollection.Name)]
public sealed class LinuxDesktopBackendTests(X11DesktopFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Reports_the_linux_platform_and_the_screen_size()
    {
        var backend = fixture.Require().Backend;

        Assert.Equal("Linux", backend.Platform);
        Assert.Equal(new(1920, 1080), backend.Screen.Size);
    }

    [Fact]
    public void Opening_a_display_that_does_not_exist_fails_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LinuxDesktopBackend.Open(":987"));

        Assert.Contains(":987", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_X_server_turns_into_exceptions_instead_of_ending_the_process()
    {
        fixture.Require();
        var display = await XvfbDisplay.StartAsync(new XvfbDisplayOptions { WindowManager = false, Width = 640, Height = 480 }, Cancel);
        using var backend = LinuxDesktopBackend.Open(display.Name);
        Assert.NotEmpty(backend.Screen.CapturePng());

        await display.DisposeAsync();

        Assert.Throws<InvalidOperationException>(() => backend.Screen.CapturePng());
        var lost = Assert.Throws<InvalidOperationException>(() => backend.Windows.ListWindows());
        Assert.Contains("lost", lost.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => backend.Input.ExecuteAsync(new TypeTextAction("x"), Cancel));
    }

    [Fact]
    public async Task Characters_missing_from_the_keymap_are_bound_to_spare_keycodes_until_the_backend_is_disposed()
    {
        var desktop = fixture.Require("xmodmap");
        Assert.DoesNotContain("thorn", await KeymapKeysymNamesAsync(desktop.Display));

        using (var backend = LinuxDesktopBackend.Open(desktop.Display.Name))
        {
            await backend.Input.ExecuteAsync(new TypeTextAction("þ"), Cancel);
            Assert.Contains("thorn", await KeymapKeysymNamesAsync(desktop.Display));
        }

        Assert.DoesNotContain("thorn", await KeymapKeysymNamesAsync(desktop.Display));
    }

    /// <summary>Every keysym name in the server's keymap, as <c>xmodmap -pke</c> prints it.</summary>
    private static async Task<HashSet<string>> KeymapKeysymNamesAsync(XvfbDisplay display)
    {
        var result = await Tool.RunAsync("xmodmap", ["-pke"], display.Environment, cancellationToken: Cancel);
        Assert.True(result.Succeeded, result.StandardError);
        return result.StandardOutput.Split('\n')
            .SelectMany(line => line.Split('=', 2) is [_, var keysyms] ? keysyms.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
            .ToHashSet(StringComparer.Ordinal);
    }
}

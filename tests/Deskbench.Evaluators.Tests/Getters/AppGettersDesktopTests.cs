using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Evaluators.Tests.Desktop;
using static Deskbench.Evaluators.Tests.Desktop.GuestGetters;

namespace Deskbench.Evaluators.Tests.Getters;

/// <summary>
/// Desktop tier: the application getters (<c>vlc_config</c>, <c>gimp_config_file</c>, <c>default_video_player</c>,
/// <c>vscode_config</c>) against the real guest of a local desktop.
/// </summary>
public sealed class AppGettersDesktopTests(GuestDesktopFixture desktop) : IClassFixture<GuestDesktopFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Config_getters_read_from_the_guest_users_home()
    {
        var environment = desktop.Require();
        Write(environment.HomeDirectory, ".config/vlc/vlcrc", "[qt]\nqt-minimal-view=1\n");
        Write(environment.HomeDirectory, ".config/GIMP/2.10/sessionrc", "(session-info \"toplevel\")\n");

        var vlcrc = await GetAsync(desktop.NewGetterContext(), """{"type": "vlc_config", "dest": "vlcrc"}""");
        var sessionrc = await GetAsync(desktop.NewGetterContext(), """{"type": "gimp_config_file", "file_name": "sessionrc", "dest": "sessionrc"}""");
        var absent = await GetAsync(desktop.NewGetterContext(), """{"type": "gimp_config_file", "file_name": "no-such-rc", "dest": "x"}""");

        Assert.Equal("[qt]\nqt-minimal-view=1\n", await File.ReadAllTextAsync(vlcrc!.GetValue<string>(), Token));
        Assert.Equal("(session-info \"toplevel\")\n", await File.ReadAllTextAsync(sessionrc!.GetValue<string>(), Token));
        Assert.Null(absent);
    }

    [Fact]
    public async Task Default_video_player_follows_the_users_xdg_mime_defaults()
    {
        var environment = desktop.Require();
        if (!File.Exists("/usr/bin/xdg-mime"))
        {
            Assert.Skip("xdg-mime is not installed (apt-get install xdg-utils)");
        }

        Write(environment.HomeDirectory, ".local/share/applications/deskbench-player.desktop",
            "[Desktop Entry]\nType=Application\nName=Deskbench player\nExec=true %f\nMimeType=video/mp4;\n");
        var types = string.Join(' ', new[] { "mp4", "webm", "x-matroska", "mpeg", "ogg", "quicktime", "x-msvideo", "avi", "x-flv", "3gpp",
            "x-m4v", "x-ms-wmv", "dv", "flv", "mp2t", "msvideo", "x-avi", "x-mpeg", "x-theora", "x-ogm", "divx", "3gp", "x-anim",
            "x-flc", "x-fli", "x-mpeg2", "x-ms-asf", "x-nsv", "vnd.divx", "fli" }.Select(t => "video/" + t));
        var set = await environment.Guest.ExecuteAsync(CommandRequest.FromShell($"xdg-mime default deskbench-player.desktop {types}"), Token);
        Assert.True(set.Succeeded, set.Error);

        var player = await GetAsync(desktop.NewGetterContext(), """{"type": "default_video_player"}""");

        Assert.Equal("deskbench-player.desktop\n", player!.GetValue<string>());
    }

    [Fact]
    public async Task Vscode_config_types_the_command_into_the_focused_window_and_fetches_the_file()
    {
        var environment = desktop.Require();
        var folder = Unique("palette");
        var output = Path.Combine(environment.HomeDirectory, folder, "OpenProject.txt");
        Write(environment.HomeDirectory, $"{folder}/bin/OpenProject", $"#!/bin/sh\nprintf project > '{output}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(environment.HomeDirectory, folder, "bin", "OpenProject"), (UnixFileMode)0b111_101_101);
        }

        var title = Unique("palette-term");
        await environment.Guest.LaunchAsync(CommandRequest.FromArguments(
            "xterm", "-T", title, "-e", "env", $"PATH={Path.Combine(environment.HomeDirectory, folder, "bin")}:/usr/bin:/bin", "bash", "--norc", "--noprofile"), Token);
        await WaitForWindowAsync(environment.Guest, title);

        var result = await GetAsync(desktop.NewGetterContext(), $$"""
            {"type": "vscode_config", "vscode_extension_command": "OpenProject", "path": "{{output}}", "dest": "OpenProject.txt"}
            """);

        Assert.Equal("project", await File.ReadAllTextAsync(result!.GetValue<string>(), Token));
        await environment.Guest.CloseWindowAsync(new WindowQuery(title, Strict: true), Token);
    }

    private static async Task WaitForWindowAsync(IGuestClient guest, string title)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await guest.ActivateWindowAsync(new WindowQuery(title, Strict: true), Token))
            {
                await Task.Delay(300, Token);
                return;
            }

            await Task.Delay(100, Token);
        }

        Assert.Fail($"the xterm window '{title}' did not appear");
    }

    private static void Write(string home, string relativePath, string content)
    {
        var path = Path.Combine(home, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}

using Deskbench.Core.Guest;
using Deskbench.Guest.Client;
using SkiaSharp;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace Deskbench.Infra.Local.Tests;

/// <summary>Desktop tier: what one acquired local desktop offers, through the real guest and the HTTP client.</summary>
public sealed class SharedDesktopTests(SharedDesktopFixture fixture) : IClassFixture<SharedDesktopFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Platform_is_Linux()
    {
        DesktopPrerequisites.SkipIfMissing();
        Assert.Equal("Linux", await fixture.Environment.Guest.GetPlatformAsync(Token));
    }

    [Fact]
    public async Task Screenshot_is_a_png_of_the_full_hd_screen()
    {
        DesktopPrerequisites.SkipIfMissing();
        var png = await fixture.Environment.Guest.GetScreenshotAsync(Token);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((1920, 1080), (bitmap.Width, bitmap.Height));
        Assert.Equal(new Core.Environments.ScreenSize(1920, 1080), await fixture.Environment.Guest.GetScreenSizeAsync(Token));
    }

    [Fact]
    public async Task Shell_command_sees_the_fresh_home_and_display()
    {
        DesktopPrerequisites.SkipIfMissing();
        var environment = fixture.Environment;

        var result = await environment.Guest.ExecuteAsync(CommandRequest.FromShell("echo $HOME; echo $DISPLAY"), Token);

        Assert.True(result.Succeeded, $"{result.Status} {result.ReturnCode} {result.Error}");
        Assert.Equal([environment.HomeDirectory, environment.Display], result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("home-", Path.GetFileName(environment.HomeDirectory));
        Assert.True(Directory.Exists(environment.HomeDirectory));
    }

    [Fact]
    public async Task Failing_command_reports_its_exit_code_and_stderr()
    {
        DesktopPrerequisites.SkipIfMissing();

        var result = await fixture.Environment.Guest.ExecuteAsync(CommandRequest.FromShell("echo oops >&2; exit 7"), Token);

        Assert.False(result.Succeeded);
        Assert.Equal(7, result.ReturnCode);
        Assert.Contains("oops", result.Error);
    }

    [Fact]
    public async Task Properties_name_display_url_home_and_pid()
    {
        DesktopPrerequisites.SkipIfMissing();
        var environment = fixture.Environment;

        Assert.Equal("local", environment.ProviderName);
        Assert.Equal(environment.Display, environment.Properties["display"]);
        Assert.Equal(environment.GuestUrl.AbsoluteUri, environment.Properties["guestUrl"]);
        Assert.Equal(environment.HomeDirectory, environment.Properties["home"]);
        Assert.Equal(environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), environment.Properties["pid"]);
        Assert.Equal(IPAddress.Loopback.ToString(), environment.GuestUrl.Host);
        // setsid made the guest the leader of its own process group.
        Assert.Equal(environment.ProcessId, ProcessGroup.ReadStat(environment.ProcessId)?.GroupId);
    }

    [Fact]
    public async Task Wrong_token_is_refused_with_a_clear_error_and_no_retries()
    {
        DesktopPrerequisites.SkipIfMissing();
        using var intruder = new GuestHttpClient(fixture.Environment.GuestUrl, "not-the-token");

        var error = await Assert.ThrowsAsync<GuestUnavailableException>(() => intruder.GetPlatformAsync(Token));
        var refusal = Assert.IsType<GuestRequestException>(error.InnerException);
        Assert.Equal(HttpStatusCode.Unauthorized, refusal.StatusCode);
        Assert.Contains("401", error.Message);
        Assert.Contains("GET /platform", error.Message);
        Assert.Contains(GuestProtocol.TokenHeader, error.Message);

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<GuestUnavailableException>(() => intruder.WaitUntilReadyAsync(TimeSpan.FromSeconds(10), Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"a refused token must end the readiness wait at once, took {clock.Elapsed}");
    }

    [Fact]
    public async Task Upload_download_and_list_directory_round_trip()
    {
        DesktopPrerequisites.SkipIfMissing();
        var guest = fixture.Environment.Guest;
        var folder = Path.Combine(fixture.Environment.HomeDirectory, "upload-test", "deeper");
        var path = Path.Combine(folder, "hello.txt");
        var content = Encoding.UTF8.GetBytes("héllo from the host\n");

        using (var stream = new MemoryStream(content))
        {
            await guest.UploadFileAsync(path, stream, Token);
        }

        Assert.Equal(content, await guest.DownloadFileAsync(path, Token));
        Assert.Null(await guest.DownloadFileAsync(Path.Combine(folder, "missing.txt"), Token));
        var tree = await guest.ListDirectoryAsync(Path.GetDirectoryName(folder)!, Token);
        Assert.NotNull(tree);
        Assert.Equal("directory", (string?)tree["type"]);
        var child = Assert.Single(tree["children"]!.AsArray());
        Assert.Equal("deeper", (string?)child!["name"]);
        Assert.Equal("hello.txt", (string?)child["children"]![0]!["name"]);
        Assert.Null(await guest.ListDirectoryAsync(Path.Combine(folder, "no-such-folder"), Token));
    }

    [Fact]
    public async Task Cursor_position_and_windows_answer()
    {
        DesktopPrerequisites.SkipIfMissing();
        var guest = fixture.Environment.Guest;

        var moved = await guest.ExecuteActionsAsync([new Core.Actions.MoveAction(123, 456)], Token);
        Assert.True(moved.AllSucceeded, string.Join("; ", moved.Outcomes.Select(o => o.Error)));
        Assert.Equal(new PointerPosition(123, 456), await guest.GetCursorPositionAsync(Token));
        Assert.NotNull(await guest.ListWindowsAsync(Token));
        Assert.False(await guest.ActivateWindowAsync(new WindowQuery($"no window is called {Guid.NewGuid():N}"), Token));
    }

    [Fact]
    public async Task Action_batch_reports_one_outcome_per_action_in_order()
    {
        DesktopPrerequisites.SkipIfMissing();

        var batch = await fixture.Environment.Guest.ExecuteActionsAsync(
            [new Core.Actions.MoveAction(10, 10), new Core.Actions.WaitAction(0.01), new Core.Actions.MoveAction(200, 300)], Token);

        Assert.True(batch.AllSucceeded, string.Join("; ", batch.Outcomes.Select(o => o.Error)));
        Assert.Equal([(0, "move"), (1, "wait"), (2, "move")], batch.Outcomes.Select(o => (o.Index, o.Type)));
        Assert.Equal(new PointerPosition(200, 300), await fixture.Environment.Guest.GetCursorPositionAsync(Token));
    }

    [Fact]
    public async Task Runtime_folder_is_private_to_the_session()
    {
        DesktopPrerequisites.SkipIfMissing();

        var result = await fixture.Environment.Guest.ExecuteAsync(CommandRequest.FromShell("stat -c %a \"$XDG_RUNTIME_DIR\""), Token);

        Assert.Equal("700", result.Output.Trim());
    }

    [Fact]
    public async Task Unknown_command_is_a_command_failure_not_an_infrastructure_failure()
    {
        DesktopPrerequisites.SkipIfMissing();

        var result = await fixture.Environment.Guest.ExecuteAsync(CommandRequest.FromArguments($"no-such-program-{Guid.NewGuid():N}"), Token);

        // The guest answers 500 {status:"error", message}: by OSWorld's semantics a failed command, not a dead desktop.
        Assert.False(result.Succeeded);
        Assert.Equal(("error", -1), (result.Status, result.ReturnCode));
        Assert.Contains("No such file or directory", result.Error);
    }

    [Fact]
    public async Task Command_time_limit_is_passed_to_the_guest()
    {
        DesktopPrerequisites.SkipIfMissing();
        var clock = Stopwatch.StartNew();

        var result = await fixture.Environment.Guest.ExecuteAsync(
            new CommandRequest(System.Text.Json.Nodes.JsonValue.Create("sleep 20"), Shell: true, Timeout: TimeSpan.FromSeconds(0.5)), Token);

        Assert.Equal("error", result.Status);
        Assert.Contains("timed out", result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}

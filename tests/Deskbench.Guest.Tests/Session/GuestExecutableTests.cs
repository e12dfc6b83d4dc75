using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Guest.Tests.Http;
using Deskbench.Testing;

namespace Deskbench.Guest.Tests.Session;

/// <summary>The real <c>deskbench-guest</c> executable, started as a provider would start it.</summary>
public sealed class GuestExecutableTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(15);

    private static HttpClient ClientFor(Uri baseAddress, string? token)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Add(GuestProtocol.TokenHeader, token);
        }

        return client;
    }

    [Fact]
    public async Task Session_guest_prints_the_ready_line_serves_and_tears_everything_down_on_SIGTERM()
    {
        DesktopTier.RequireCommands("Xvfb", "openbox", "dbus-daemon");
        var number = ProcessSignals.FreeDisplayNumber();
        var token = Guid.NewGuid().ToString("N");
        await using var guest = GuestExecutable.Start(
            ["--session", "--display", $":{number}", "--port", "0", "--screen", "1024x768", "--log-level", "Warning"], token);

        var baseAddress = await guest.WaitForReadyAsync(ReadyTimeout);
        var readyAfter = guest.SinceStart.Elapsed;
        Console.Error.WriteLine($"deskbench-guest --session ready after {readyAfter.TotalMilliseconds:0} ms");
        Assert.Matches(@"^DESKBENCH-GUEST-READY http://127\.0\.0\.1:[0-9]+$", Assert.Single(guest.OutputLines));
        Assert.NotEqual(5000, baseAddress.Port);

        using var client = ClientFor(baseAddress, token);
        var (sizeStatus, size) = await client.PostJsonAsync("/screen_size", new JsonObject());
        Assert.Equal(HttpStatusCode.OK, sizeStatus);
        Assert.Equal("{\"width\":1024,\"height\":768}", size);
        var display = await client.ExecuteAsync(new JsonObject { ["command"] = "echo $DISPLAY", ["shell"] = true });
        Assert.Equal($":{number}\n", (string?)display["output"]);
        using (var anonymous = ClientFor(baseAddress, token: null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetTextAsync("/platform")).Status);
        }

        // A launched application belongs to the session and goes with it.
        var pidFile = Path.Combine(Path.GetTempPath(), $"deskbench-launched-{Guid.NewGuid():N}.pid");
        var (launched, _) = await client.PostJsonAsync("/setup/launch", new JsonObject
        {
            ["command"] = $"echo $$ > {pidFile}; exec sleep 300",
            ["shell"] = true,
        });
        Assert.Equal(HttpStatusCode.OK, launched);
        var pidText = await HttpJson.WaitForAsync(
            () => Task.FromResult(File.Exists(pidFile) && File.ReadAllText(pidFile).Trim() is { Length: > 0 } text ? text : null),
            TimeSpan.FromSeconds(10), "the launched shell to write its pid");
        File.Delete(pidFile);
        var sleepPid = int.Parse(pidText, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ProcessSignals.IsAlive(sleepPid));

        // So does a server a command left running in the background.
        var background = await client.ExecuteAsync(new JsonObject { ["command"] = "sleep 301 >/dev/null 2>&1 & echo $!", ["shell"] = true });
        var backgroundPid = int.Parse(((string?)background["output"])!.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ProcessSignals.IsAlive(backgroundPid));

        var lockFile = $"/tmp/.X{number}-lock";
        var xvfbPid = ProcessSignals.ReadLockPid(lockFile);
        Assert.NotNull(xvfbPid);
        Assert.True(ProcessSignals.IsAlive(xvfbPid.Value));

        await guest.TerminateAsync();
        Assert.Equal(0, await guest.WaitForExitAsync(ExitTimeout));
        Assert.True(await ProcessSignals.WaitUntilGoneAsync(xvfbPid.Value, TimeSpan.FromSeconds(5)), "Xvfb outlived the guest");
        Assert.True(await ProcessSignals.WaitUntilGoneAsync(sleepPid, TimeSpan.FromSeconds(5)), "the launched app outlived the guest");
        Assert.True(await ProcessSignals.WaitUntilGoneAsync(backgroundPid, TimeSpan.FromSeconds(5)), "the background command outlived the guest");
        Assert.False(File.Exists(lockFile), "Xvfb's lock file is still there");
    }

    [Fact]
    public async Task Occupied_display_is_one_error_line_and_a_nonzero_exit()
    {
        DesktopTier.RequireXvfb();
        await using var occupant = await XvfbDisplay.StartAsync(new XvfbDisplayOptions { WindowManager = false }, TestContext.Current.CancellationToken);
        await using var guest = GuestExecutable.Start(["--session", "--display", occupant.Name, "--port", "0"], "token");

        var exitCode = await guest.WaitForExitAsync(ExitTimeout);
        Assert.NotEqual(0, exitCode);
        Assert.Empty(guest.OutputLines);
        var errorLine = Assert.Single(guest.Errors.Split('\n'), l => l.Contains("error", StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"display {occupant.Name} is already in use", errorLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parent_death_stops_the_guest_and_its_session()
    {
        DesktopTier.RequireCommands("Xvfb", "openbox", "dbus-daemon", "sleep");
        using var parent = Process.Start(new ProcessStartInfo("sleep", "300") { UseShellExecute = false })!;
        var number = ProcessSignals.FreeDisplayNumber();
        await using var guest = GuestExecutable.Start(
            ["--session", "--display", $":{number}", "--port", "0", "--parent-pid", parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            "token");
        await guest.WaitForReadyAsync(ReadyTimeout);
        var xvfbPid = ProcessSignals.ReadLockPid($"/tmp/.X{number}-lock");
        Assert.NotNull(xvfbPid);

        parent.Kill();
        await parent.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await guest.WaitForExitAsync(ExitTimeout));
        Assert.True(await ProcessSignals.WaitUntilGoneAsync(xvfbPid.Value, TimeSpan.FromSeconds(5)), "Xvfb outlived the guest");
    }

    [Fact]
    public async Task Starting_without_a_token_is_an_error()
    {
        await using var guest = GuestExecutable.Start(["--display", ":0", "--port", "0"], token: null);
        Assert.Equal(1, await guest.WaitForExitAsync(ExitTimeout));
        Assert.Empty(guest.OutputLines);
        Assert.Contains(GuestProtocol.TokenEnvironmentVariable, guest.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_auth_serves_without_a_token_and_warns()
    {
        DesktopTier.RequireCommands("Xvfb", "openbox", "dbus-daemon");
        await using var guest = GuestExecutable.Start(["--session", "--port", "0", "--no-auth", "--screen", "800x600"], token: null);
        var baseAddress = await guest.WaitForReadyAsync(ReadyTimeout);
        using var client = ClientFor(baseAddress, token: null);
        var (status, body) = await client.GetTextAsync("/platform");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Linux", body);
        Assert.Contains("WITHOUT a token", guest.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_file_provides_the_secret()
    {
        var tokenFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(tokenFile, "file-secret\n", TestContext.Current.CancellationToken);
            DesktopTier.RequireXvfb();
            await using var display = await XvfbDisplay.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
            await using var guest = GuestExecutable.Start(["--display", display.Name, "--port", "0", "--token-file", tokenFile], token: null);
            var baseAddress = await guest.WaitForReadyAsync(ReadyTimeout);
            using var client = ClientFor(baseAddress, "file-secret");
            Assert.Equal(HttpStatusCode.OK, (await client.GetTextAsync("/platform")).Status);
            using var wrong = ClientFor(baseAddress, "other");
            Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetTextAsync("/platform")).Status);
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Guest;
using Deskbench.Guest.Client.OsWorld;

namespace Deskbench.Guest.Client.Tests.OsWorld;

/// <summary>
/// The dialect client against a tiny HTTP server on loopback that records what it is sent and answers as OSWorld's
/// Flask server does: actions arrive as OSWorld's <c>PythonController</c> posts them, with no token header.
/// </summary>
public sealed class OsWorldDialectClientTests
{
    [Fact]
    public async Task Actions_are_posted_to_execute_as_python_c_pyautogui_code_without_a_token_and_waits_stay_local()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RecordingServer.StartAsync(_ => (200, """{"status":"success","output":"","error":"","returncode":0}"""), ct);
        using var client = new OsWorldDialectGuestClient(server.BaseAddress);

        var result = await client.ExecuteActionsAsync([new ClickAction(10, 20), new WaitAction(0.01), new TypeTextAction("a<b"), new DoneAction()], ct);

        Assert.True(result.AllSucceeded);
        Assert.Equal(["click", "wait", "type_text", "done"], result.Outcomes.Select(o => o.Type));
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("POST /execute", r.Line));
        Assert.All(server.Requests, r => Assert.DoesNotContain(GuestProtocol.TokenHeader, r.Headers, StringComparison.OrdinalIgnoreCase));
        var first = JsonNode.Parse(server.Requests[0].Body)!;
        Assert.Equal("""["python","-c","import pyautogui; import time; pyautogui.FAILSAFE = False; pyautogui.click(10, 20)"]""", first["command"]!.ToJsonString());
        Assert.False((bool)first["shell"]!);
        var second = JsonNode.Parse(server.Requests[1].Body)!["command"]![2]!.GetValue<string>();
        Assert.EndsWith("pyautogui.typewrite('a'); pyautogui.hotkey('shift', ','); pyautogui.typewrite('b')", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_python_error_fails_that_action_and_the_rest_are_not_run()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RecordingServer.StartAsync(
            _ => (200, """{"status":"success","output":"","error":"Traceback (most recent call last):\nModuleNotFoundError: No module named 'pyautogui'\n","returncode":1}"""), ct);
        using var client = new OsWorldDialectGuestClient(server.BaseAddress);

        var result = await client.ExecuteActionsAsync([new KeyPressAction("enter"), new KeyPressAction("tab")], ct);

        Assert.False(result.Outcomes[0].Success);
        Assert.Contains("No module named 'pyautogui'", result.Outcomes[0].Error, StringComparison.Ordinal);
        Assert.Equal((false, "not run"), (result.Outcomes[1].Success, result.Outcomes[1].Error));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Listing_windows_on_a_windows_guest_is_a_clear_not_supported()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RecordingServer.StartAsync(r => r.Line == "GET /platform" ? (200, "Windows") : (404, "{}"), ct);
        using var client = new OsWorldDialectGuestClient(server.BaseAddress);

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => client.ListWindowsAsync(ct));

        Assert.Contains("only on Linux guests", error.Message, StringComparison.Ordinal);
        Assert.Contains("this guest is Windows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_polls_screenshot_and_times_out_with_the_url_and_attempts_when_nothing_listens()
    {
        var ct = TestContext.Current.CancellationToken;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop(); // a port nothing listens on
        using var client = new OsWorldDialectGuestClient(new Uri($"http://127.0.0.1:{port}/"));

        var error = await Assert.ThrowsAsync<GuestUnavailableException>(
            () => client.WaitUntilReadyAsync(TimeSpan.FromSeconds(1.5), TimeSpan.FromMilliseconds(200), ct));

        Assert.Contains($"no OSWorld server answered GET http://127.0.0.1:{port}/screenshot with 200 within 1.5 s", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"\((\d+) attempt\(s\), one every 0\.2 s\)", error.Message);
    }

    [Fact]
    public async Task Readiness_succeeds_once_screenshot_answers_an_image()
    {
        var ct = TestContext.Current.CancellationToken;
        var calls = 0;
        await using var server = await RecordingServer.StartAsync(
            r => r.Line == "GET /screenshot" && Interlocked.Increment(ref calls) >= 3 ? (200, "\x89PNG\r\n\x1a\n-fake-image") : (503, "booting"), ct);
        using var client = new OsWorldDialectGuestClient(server.BaseAddress);

        await client.WaitUntilReadyAsync(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(50), ct);

        Assert.Equal(3, calls);
    }
}

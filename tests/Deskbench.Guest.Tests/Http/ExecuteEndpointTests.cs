using System.Net;
using System.Text.Json.Nodes;

namespace Deskbench.Guest.Tests.Http;

[Collection(GuestDesktopCollection.Name)]
public sealed class ExecuteEndpointTests(GuestDesktopFixture desktop)
{
    [Fact]
    public async Task List_command_runs_without_a_shell()
    {
        desktop.RequireDesktop();
        var reply = await desktop.Client.ExecuteAsync(new JsonObject { ["command"] = new JsonArray("echo", "a  b", "$HOME") });
        Assert.Equal("success", (string?)reply["status"]);
        Assert.Equal("a  b $HOME\n", (string?)reply["output"]);
        Assert.Equal(string.Empty, (string?)reply["error"]);
        Assert.Equal(0, (int?)reply["returncode"]);
    }

    [Fact]
    public async Task String_command_is_split_like_shlex()
    {
        desktop.RequireDesktop();
        var reply = await desktop.Client.ExecuteAsync(new JsonObject { ["command"] = "printf '%s|' 'a b' \"c \\\"d\\\"\" e\\ f" });
        Assert.Equal("a b|c \"d\"|e f|", (string?)reply["output"]);
    }

    [Fact]
    public async Task Shell_command_reports_stdout_stderr_and_return_code()
    {
        desktop.RequireDesktop();
        var reply = await desktop.Client.ExecuteAsync(new JsonObject
        {
            ["command"] = "echo out; echo err >&2; printf 'x\\r\\ny'; exit 3",
            ["shell"] = true,
        });
        Assert.Equal("success", (string?)reply["status"]);
        Assert.Equal("out\nx\ny", (string?)reply["output"]);
        Assert.Equal("err\n", (string?)reply["error"]);
        Assert.Equal(3, (int?)reply["returncode"]);
    }

    [Fact]
    public async Task Setup_execute_is_the_same_endpoint()
    {
        desktop.RequireDesktop();
        var (status, body) = await desktop.Client.PostJsonAsync("/setup/execute", new JsonObject { ["command"] = new JsonArray("echo", "setup") });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("setup\n", (string?)HttpJson.Object(body)["output"]);
    }

    [Fact]
    public async Task Tilde_arguments_expand_to_the_session_home()
    {
        desktop.RequireDesktop();
        var marker = $"note-{Guid.NewGuid():N}.txt";
        await File.WriteAllTextAsync(Path.Combine(desktop.Home, marker), "from home", TestContext.Current.CancellationToken);
        var reply = await desktop.Client.ExecuteAsync(new JsonObject { ["command"] = new JsonArray("cat", "~/" + marker) });
        Assert.Equal("from home", (string?)reply["output"]);
        var fromString = await desktop.Client.ExecuteAsync(new JsonObject { ["command"] = "cat ~/" + marker });
        Assert.Equal("from home", (string?)fromString["output"]);
    }

    [Fact]
    public async Task Children_see_the_session_environment_but_not_the_token()
    {
        desktop.RequireDesktop();
        var reply = await desktop.Client.ExecuteAsync(new JsonObject
        {
            ["command"] = "echo \"$DISPLAY|$GTK_MODULES|${DBUS_SESSION_BUS_ADDRESS:+bus}|${DESKBENCH_GUEST_TOKEN:-none}\"",
            ["shell"] = true,
        });
        Assert.Equal($"{desktop.Session.Display}|gail:atk-bridge|bus|none\n", (string?)reply["output"]);
    }

    [Fact]
    public async Task Missing_program_is_a_500_error_with_message()
    {
        desktop.RequireDesktop();
        var reply = await desktop.Client.ExecuteAsync(
            new JsonObject { ["command"] = new JsonArray("no-such-program-deskbench") }, HttpStatusCode.InternalServerError);
        Assert.Equal("error", (string?)reply["status"]);
        Assert.Contains("No such file or directory", (string?)reply["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_timeout_stops_the_command()
    {
        desktop.RequireDesktop();
        var started = DateTime.UtcNow;
        var reply = await desktop.Client.ExecuteAsync(
            new JsonObject { ["command"] = new JsonArray("sleep", "30"), ["timeout"] = 0.5 }, HttpStatusCode.InternalServerError);
        Assert.Equal("error", (string?)reply["status"]);
        Assert.Contains("timed out after 0.5 seconds", (string?)reply["message"], StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Background_child_holding_the_pipe_does_not_block_the_reply()
    {
        desktop.RequireDesktop();
        var started = DateTime.UtcNow;
        var reply = await desktop.Client.ExecuteAsync(new JsonObject { ["command"] = "sleep 20 & echo $!", ["shell"] = true });
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the reply waited for the background sleep");
        var pid = ((string?)reply["output"])?.Trim();
        Assert.Matches("^[0-9]+$", pid);
        await desktop.Client.ExecuteAsync(new JsonObject { ["command"] = new JsonArray("kill", pid) });
    }

    [Fact]
    public async Task Unclosed_quote_is_an_error()
    {
        desktop.RequireDesktop();
        var reply = await desktop.Client.ExecuteAsync(new JsonObject { ["command"] = "echo 'oops" }, HttpStatusCode.InternalServerError);
        Assert.Equal("No closing quotation", (string?)reply["message"]);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary><c>GET /terminal</c>: the text of the focused VTE terminal (xfce4-terminal) read through AT-SPI.</summary>
[Collection(AccessibilityDesktopCollection.Name)]
public sealed class TerminalEndpointTests(AccessibilityDesktopFixture desktop)
{
    private async Task<(HttpStatusCode Status, JsonObject Body)> GetTerminalAsync()
    {
        using var response = await desktop.Client.GetAsync("/terminal", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    [Fact]
    public async Task Text_typed_into_the_focused_terminal_is_returned()
    {
        desktop.RequireDesktop("xfce4-terminal", "bash");
        var title = "deskbench-term-" + Guid.NewGuid().ToString("N")[..8];
        await using var terminal = desktop.Start(
            "xfce4-terminal", ["--disable-server", "--title", title, "--hide-menubar", "-x", "bash", "--norc", "--noprofile"]);
        await AccessibilityXml.WaitForAsync(
            desktop.Client,
            root => root.Descendants("terminal").FirstOrDefault(t => AccessibilityXml.Get(t, AccessibilityXml.St + "focused") == "true"),
            TimeSpan.FromSeconds(60),
            "a focused terminal");

        var marker = "deskbench" + Guid.NewGuid().ToString("N")[..6];
        await desktop.Backend.Input.ExecuteAsync(new TypeTextAction($"echo {marker}-done\n"), TestContext.Current.CancellationToken);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        string? output = null;
        while (DateTime.UtcNow < deadline)
        {
            var (status, body) = await GetTerminalAsync();
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("success", (string?)body["status"]);
            output = (string?)body["output"];
            if (output is not null && output.Contains($"{marker}-done\n", StringComparison.Ordinal) && output.Contains($"echo {marker}-done", StringComparison.Ordinal))
            {
                Assert.Equal(output.TrimEnd(), output);
                return;
            }

            await Task.Delay(300, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"the terminal text never showed the command and its output; last /terminal output: {output ?? "null"}");
    }

    [Fact]
    public async Task Without_a_terminal_the_output_is_null()
    {
        desktop.RequireDesktop();
        var (status, body) = await GetTerminalAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("success", (string?)body["status"]);
        Assert.Null(body["output"]);
    }
}

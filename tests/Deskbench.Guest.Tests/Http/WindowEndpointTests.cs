using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;

namespace Deskbench.Guest.Tests.Http;

[Collection(GuestDesktopCollection.Name)]
public sealed class WindowEndpointTests(GuestDesktopFixture desktop)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private async Task<IReadOnlyList<WindowInfo>> ListWindowsAsync()
    {
        var (status, body) = await desktop.Client.GetTextAsync(GuestProtocol.WindowsPath);
        Assert.Equal(HttpStatusCode.OK, status);
        return JsonSerializer.Deserialize<List<WindowInfo>>(body, Web)!;
    }

    private Task<WindowInfo> WaitForWindowAsync(string title) =>
        HttpJson.WaitForAsync(
            async () => (await ListWindowsAsync()).FirstOrDefault(w => w.Title.Contains(title, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(20), $"a window titled {title}");

    [Fact]
    public async Task Launched_xterm_is_listed_activated_and_closed()
    {
        desktop.RequireDesktop();
        Deskbench.Testing.DesktopTier.RequireCommands("xterm");
        var title = "deskbench-xterm-" + Guid.NewGuid().ToString("N")[..8];
        var (status, body) = await desktop.Client.PostJsonAsync("/setup/launch", new JsonObject
        {
            ["command"] = new JsonArray("xterm", "-T", title, "-e", "sleep", "60"),
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"xterm -T {title} -e sleep 60 launched successfully", body);

        var window = await WaitForWindowAsync(title);
        Assert.Equal("XTerm", window.ClassName);
        Assert.True(window.Width > 0 && window.Height > 0);

        var (activated, activateText) = await desktop.Client.PostJsonAsync("/setup/activate_window", new JsonObject { ["window_name"] = title });
        Assert.Equal(HttpStatusCode.OK, activated);
        Assert.Equal("Window activated successfully", activateText);
        await HttpJson.WaitForAsync(
            async () => (await ListWindowsAsync()).FirstOrDefault(w => w.Title == title && w.IsActive),
            TimeSpan.FromSeconds(10), "the xterm to become active");

        var (closed, closeText) = await desktop.Client.PostJsonAsync("/setup/close_window", new JsonObject { ["window_name"] = title, ["strict"] = true });
        Assert.Equal(HttpStatusCode.OK, closed);
        Assert.Equal("Window closed successfully.", closeText);
        await HttpJson.WaitForAsync(
            async () => (await ListWindowsAsync()).Any(w => w.Title == title) ? null : "gone",
            TimeSpan.FromSeconds(10), "the xterm to close");
    }

    [Fact]
    public async Task Unknown_window_is_404_for_activate_and_close()
    {
        desktop.RequireDesktop();
        var query = new JsonObject { ["window_name"] = "no window has this title " + Guid.NewGuid() };
        var (activate, _) = await desktop.Client.PostJsonAsync("/setup/activate_window", query.DeepClone());
        Assert.Equal(HttpStatusCode.NotFound, activate);
        var (close, _) = await desktop.Client.PostJsonAsync("/setup/close_window", query.DeepClone());
        Assert.Equal(HttpStatusCode.NotFound, close);
        var (missing, text) = await desktop.Client.PostJsonAsync("/setup/activate_window", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.Equal("window_name required", text);
    }

    [Fact]
    public async Task Launch_of_a_missing_program_is_a_500_error()
    {
        desktop.RequireDesktop();
        var (status, body) = await desktop.Client.PostJsonAsync("/setup/launch", new JsonObject { ["command"] = "no-such-program-deskbench --flag" });
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("error", (string?)HttpJson.Object(body)["status"]);
    }

    [Fact]
    public async Task Open_file_opens_the_text_file_in_its_editor_window()
    {
        desktop.RequireDesktop();
        Deskbench.Testing.DesktopTier.RequireCommands("mousepad", "xdg-open");
        var name = $"open-me-{Guid.NewGuid().ToString("N")[..8]}.txt";
        var path = Path.Combine(desktop.Home, name);
        await File.WriteAllTextAsync(path, "hello from deskbench\n", TestContext.Current.CancellationToken);

        var (status, body) = await desktop.Client.PostJsonAsync("/setup/open_file", new JsonObject { ["path"] = "~/" + name });
        Assert.True(status == HttpStatusCode.OK, $"open_file answered {(int)status}: {body}");
        Assert.Equal("File opened and window activated successfully", body);
        var window = Assert.Single(await ListWindowsAsync(), w => w.Title.Contains(name, StringComparison.Ordinal));
        Assert.Contains("ousepad", window.ClassName, StringComparison.Ordinal);

        var (closed, _) = await desktop.Client.PostJsonAsync("/setup/close_window", new JsonObject { ["window_name"] = name });
        Assert.Equal(HttpStatusCode.OK, closed);
    }

    [Fact]
    public async Task Open_file_of_a_missing_path_is_404()
    {
        desktop.RequireDesktop();
        var (status, body) = await desktop.Client.PostJsonAsync("/setup/open_file", new JsonObject { ["path"] = "/nonexistent/deskbench.txt" });
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Application/file not found: /nonexistent/deskbench.txt", body);
    }
}

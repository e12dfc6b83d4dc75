using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Web;
using Deskbench.Core.Guest;
using Deskbench.Tasks.Setup;
using Deskbench.Tasks.Tests.Chrome;
using Deskbench.Tasks.Tests.Desktop;
using static Deskbench.Tasks.Tests.Desktop.DesktopSteps;

namespace Deskbench.Tasks.Tests.Setup;

/// <summary>
/// Desktop tier: <c>login</c> with account settings drives Debian's Chromium, started in a real desktop with DevTools on,
/// through a sign-in page with Google's form selectors served on loopback (there is no internet here; the settings'
/// <c>deskbench_login_url</c> points the step at it): the e-mail and password arrive in the posted form. A page without
/// the form (already signed in) ends the step quietly, as in OSWorld.
/// </summary>
public sealed class LoginStepDesktopTests(RealDesktopFixture desktop) : IClassFixture<RealDesktopFixture>
{
    [Fact]
    public async Task The_sign_in_form_is_filled_with_the_settings_and_submitted()
    {
        var environment = desktop.Require("chromium");
        await using var server = new SignInPageServer();
        var accounts = Directory.CreateDirectory(Path.Combine(desktop.Root, "accounts", "google")).FullName;
        var options = new SetupRunnerOptions { AccountSettingsDirectory = Path.GetDirectoryName(accounts) };
        var port = FreePort();
        await environment.Guest.LaunchAsync(CommandRequest.FromArguments(
            "chromium", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--no-default-browser-check", "--password-store=basic", "--disable-gpu", $"--remote-debugging-port={port}",
            $"--user-data-dir={environment.HomeDirectory}/login-chrome", "about:blank"), Token);
        var context = desktop.NewContext() with { Environment = new ChromeEndpointEnvironment(environment, $"http://127.0.0.1:{port}") };
        var step = Step("login", """{"settings_file": "evaluation_examples/settings/google/settings.json", "platform": "googledrive"}""");

        await WriteSettingsAsync(accounts, server.Url("/signin"));
        await RunAsync(context, options, step);

        var form = HttpUtility.ParseQueryString(Assert.Single(server.SignIns));
        Assert.Equal("user@example.org", form["identifier"]);
        Assert.Equal("s3cret pass", form["Passwd"]);

        await WriteSettingsAsync(accounts, server.Url("/drive"));
        await RunAsync(context, options, step);
        Assert.Single(server.SignIns);
    }

    private static Task WriteSettingsAsync(string folder, string url) =>
        File.WriteAllTextAsync(Path.Combine(folder, "settings.json"),
            new JsonObject { ["email"] = "user@example.org", ["password"] = "s3cret pass", ["deskbench_login_url"] = url }.ToJsonString(), Token);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

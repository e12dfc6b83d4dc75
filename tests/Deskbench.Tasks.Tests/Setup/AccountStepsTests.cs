using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Tasks.Setup;
using Deskbench.Tasks.Setup.Steps;
using Deskbench.Tasks.Tests.Chrome;
using Microsoft.Extensions.Logging.Abstractions;
using static Deskbench.Tasks.Tests.Support.SetupHarness;

namespace Deskbench.Tasks.Tests.Setup;

/// <summary>
/// <c>googledrive</c> and <c>login</c>: without account settings they fail as "needs account settings" (not run). With
/// settings: <see cref="GoogleDriveStepTests"/> and <see cref="LoginStepDesktopTests"/>.
/// </summary>
public sealed class AccountStepsTests
{
    private const string DriveStep = """
        {"settings_file": "evaluation_examples/settings/googledrive/settings.yml", "operation": ["delete"],
         "args": [{"query": "title = 'emails'", "trash": false}]}
        """;

    private const string LoginParameters = """{"settings_file": "evaluation_examples/settings/google/settings.json", "platform": "googledrive"}""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("googledrive", DriveStep)]
    [InlineData("login", LoginParameters)]
    public async Task Without_account_settings_the_step_needs_account_settings(string type, string parameters)
    {
        await using var setup = await CreateAsync();

        var ex = await Assert.ThrowsAsync<SetupStepException>(() =>
            SetupRunner.CreateDefault().RunAsync([Step(type, parameters)], setup.Context, Token));

        var cause = Assert.IsType<AccountSettingsRequiredException>(ex.InnerException);
        Assert.Equal(type, cause.StepType);
        Assert.Contains("needs account settings", ex.Message, StringComparison.Ordinal);
        Assert.IsType<UnsupportedFeatureException>(cause.InnerException);
    }

    [Fact]
    public async Task A_settings_folder_without_the_named_file_still_needs_account_settings()
    {
        await using var setup = await CreateAsync();
        var options = new SetupRunnerOptions { AccountSettingsDirectory = setup.Folder.Path };

        var ex = await Assert.ThrowsAsync<SetupStepException>(() =>
            SetupRunner.CreateDefault(options).RunAsync([Step("login", LoginParameters)], setup.Context, Token));

        Assert.Contains("was not found", Assert.IsType<AccountSettingsRequiredException>(ex.InnerException).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_settings_without_credentials_are_rejected_and_complete_ones_go_on_to_chrome()
    {
        await using var setup = await CreateAsync();
        var options = new SetupRunnerOptions { AccountSettingsDirectory = setup.Folder.Path };
        var settings = setup.Folder.Write("google/settings.json", """{"email": "a@example.org"}""");
        var step = new LoginStep(options, new ChromeStepOptions { ConnectAttempts = 1 }, NullLogger<LoginStep>.Instance);
        var closedPort = $"http://127.0.0.1:{ClosedPort()}";
        var context = setup.Context with { Environment = new ChromeEndpointEnvironment(setup.Context.Environment, closedPort) };
        var parameters = JsonNode.Parse(LoginParameters)!.AsObject();

        await Assert.ThrowsAsync<AccountSettingsRequiredException>(() => step.RunAsync(parameters, context, Token));

        await File.WriteAllTextAsync(settings, """{"email": "a@example.org", "password": "x"}""", Token);
        var unreachable = await Assert.ThrowsAsync<InvalidOperationException>(() => step.RunAsync(parameters, context, Token));
        Assert.Contains(closedPort, unreachable.Message, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Malformed_googledrive_parameters_name_the_parameter()
    {
        await using var setup = await CreateAsync();

        var ex = await Assert.ThrowsAsync<SetupStepException>(() => SetupRunner.CreateDefault().RunAsync(
            [Step("googledrive", """{"settings_file": "s.yml", "operation": ["rename"], "args": [{}]}""")], setup.Context, Token));

        Assert.Contains("operation[0]", Assert.IsType<ArgumentException>(ex.InnerException).Message, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Tasks.Setup;
using Deskbench.Tasks.Setup.Steps;
using Deskbench.Tasks.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Tasks.Tests.Chrome;

/// <summary>Unit tier: the Chrome steps fail with a message naming the step, the endpoint and the cause.</summary>
public sealed class ChromeStepsUnreachableTests
{
    private static readonly ChromeStepOptions OneAttempt = new() { ConnectAttempts = 2, ConnectDelay = TimeSpan.FromMilliseconds(50) };

    [Fact]
    public async Task Chrome_open_tabs_with_no_devtools_endpoint_fails_the_step()
    {
        await using var harness = await SetupHarness.CreateAsync();
        var port = FreePort();
        var runner = new SetupRunner([new ChromeOpenTabsStep(OneAttempt, NullLogger<ChromeOpenTabsStep>.Instance)]);

        var error = await Assert.ThrowsAsync<SetupStepException>(() => runner.RunAsync(
            [new SetupStep("chrome_open_tabs", JsonNode.Parse("""{"urls_to_open": ["https://example.org"]}""")!.AsObject())],
            Context(harness, port), TestContext.Current.CancellationToken));

        Assert.Equal("chrome_open_tabs", error.StepType);
        Assert.Contains($"cannot reach Chrome's DevTools endpoint http://127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 2 attempt(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chrome_close_tabs_rejects_a_non_list_parameter_before_connecting()
    {
        await using var harness = await SetupHarness.CreateAsync();
        var runner = new SetupRunner([new ChromeCloseTabsStep(OneAttempt, NullLogger<ChromeCloseTabsStep>.Instance)]);

        var error = await Assert.ThrowsAsync<SetupStepException>(() => runner.RunAsync(
            [new SetupStep("chrome_close_tabs", JsonNode.Parse("""{"urls_to_close": "https://example.org"}""")!.AsObject())],
            Context(harness, FreePort()), TestContext.Current.CancellationToken));

        Assert.Contains("parameter 'urls_to_close': expected an array of URL strings", error.Message, StringComparison.Ordinal);
    }

    private static SetupContext Context(SetupHarness harness, int port) =>
        harness.Context with { Environment = new ChromeEndpointEnvironment(harness.Context.Environment, $"http://127.0.0.1:{port}") };

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

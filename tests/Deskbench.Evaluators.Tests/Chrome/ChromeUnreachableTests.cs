using Deskbench.Core.Evaluation;
using Deskbench.Evaluators.Chrome;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Chrome;

/// <summary>Unit tier: a CDP getter whose Chrome cannot be reached fails the evaluation with an error naming it, not a 0.</summary>
public sealed class ChromeUnreachableTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_unreachable_devtools_endpoint_is_an_evaluation_error_naming_the_getter()
    {
        var port = LoopbackWebServer.FreePort();
        var environment = new ChromeTestEnvironment(new LocalEnvironment(new LocalGuestClient(folder.Path)),
            new Dictionary<string, string> { [ChromeEnvironment.CdpUrlProperty] = $"http://127.0.0.1:{port}" });
        var task = TaskSpecs.FromEvaluator("""
            {"func": "is_expected_tabs", "result": {"type": "open_tabs_info"}, "expected": {"type": "rule", "rules": {"type": "url", "urls": []}}}
            """);
        var setup = new Core.Setup.SetupContext(task, environment, folder.Combine("cache"), new DirectoryAssetCache(folder.Combine("assets")));

        var error = await Assert.ThrowsAsync<EvaluationException>(() =>
            OsWorldTaskEvaluator.CreateDefault().EvaluateAsync(new EvaluationContext(setup, new NoStepsSetupRunner(), []), TestContext.Current.CancellationToken));

        Assert.Contains("'open_tabs_info'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"cannot reach Chrome's DevTools endpoint http://127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.IsType<ChromeGetterException>(error.InnerException);
    }
}

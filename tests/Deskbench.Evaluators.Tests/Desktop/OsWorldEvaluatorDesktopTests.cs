using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Evaluation;
using Deskbench.Core.Tasks;
using Deskbench.Tasks.Setup;
using static Deskbench.Evaluators.Tests.Desktop.GuestGetters;

namespace Deskbench.Evaluators.Tests.Desktop;

/// <summary>
/// Desktop tier: a whole OSWorld-format evaluator (postconfig <c>execute</c> → <c>vm_file</c> + <c>cloud_file</c> →
/// <c>compare_text_file</c>) scored by <see cref="OsWorldTaskEvaluator"/> with the real setup runner against the real guest.
/// </summary>
public sealed class OsWorldEvaluatorDesktopTests(GuestDesktopFixture desktop) : IClassFixture<GuestDesktopFixture>
{
    [Fact]
    public async Task Matching_file_written_by_postconfig_scores_one()
    {
        desktop.Require();

        var result = await EvaluateAsync(guestText: "line one\nline two\n", goldText: "line one\nline two\n");

        Assert.Equal(1.0, result.Score);
        var metric = Assert.Single(result.Metrics);
        Assert.Equal(("compare_text_file", 1.0), (metric.Metric, metric.Score));
    }

    [Fact]
    public async Task Different_file_written_by_postconfig_scores_zero()
    {
        desktop.Require();

        var result = await EvaluateAsync(guestText: "line one\nline two\n", goldText: "line one\nline 2\n");

        Assert.Equal(0.0, result.Score);
        Assert.Equal(("compare_text_file", 0.0), (result.Metrics[0].Metric, result.Metrics[0].Score));
    }

    /// <summary>
    /// Loads a task whose postconfig writes <paramref name="guestText"/> to a fresh guest file (it exists only if postconfig
    /// ran), whose result is that file and whose expected file is the cached asset <paramref name="goldText"/>; scores it.
    /// </summary>
    private async Task<EvaluationResult> EvaluateAsync(string guestText, string goldText)
    {
        var tag = Unique("eval");
        var goldUrl = $"https://assets.deskbench.invalid/{tag}/gold.txt";
        await desktop.AddAssetAsync(goldUrl, goldText);
        var printf = guestText.Replace("\n", "\\n", StringComparison.Ordinal);
        var task = await desktop.LoadTaskAsync(new JsonObject
        {
            ["id"] = tag,
            ["evaluator"] = JsonNode.Parse($$"""
                {
                  "postconfig": [
                    {"type": "execute", "parameters": {"command": "mkdir -p ~/{{tag}} && printf '{{printf}}' > ~/{{tag}}/answer.txt", "shell": true} }
                  ],
                  "func": "compare_text_file",
                  "result": {"type": "vm_file", "path": "~/{{tag}}/answer.txt", "dest": "answer.txt"},
                  "expected": {"type": "cloud_file", "path": "{{goldUrl}}", "dest": "gold.txt"}
                }
                """),
        });
        Assert.Null(await desktop.Environment.Guest.DownloadFileAsync($"~/{tag}/answer.txt", TestContext.Current.CancellationToken));

        var context = new EvaluationContext(
            desktop.NewSetupContext(task),
            SetupRunner.CreateDefault(null, TimeProvider.System, TestOutputLoggerFactory.Instance),
            [AgentAction.FromCode("DONE")]);
        return await OsWorldTaskEvaluator.CreateDefault().EvaluateAsync(context, TestContext.Current.CancellationToken);
    }
}

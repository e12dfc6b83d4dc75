using System.Text.Json.Nodes;
using Deskbench.Core.Results;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Agents.Anthropic.Tests;

/// <summary>
/// Desktop tier: the anthropic-cu agent, talking to a local server that speaks the Messages API, drives a real episode on
/// a fresh Xvfb desktop (local provider, real setup steps, the harness's translators, the OSWorld evaluator) to a real score.
/// </summary>
public sealed class AnthropicEpisodeDesktopTests : IDisposable
{
    private const string KeyVariable = "DESKBENCH_TEST_ANTHROPIC_EPISODE_KEY";
    private readonly TerminalEpisode _episode = new();

    public void Dispose() => _episode.Dispose();

    [Fact]
    public async Task Model_types_into_a_terminal_and_the_task_scores_one()
    {
        if (TerminalEpisode.MissingPrerequisite is { } missing)
        {
            Assert.Skip(missing);
        }

        Environment.SetEnvironmentVariable(KeyVariable, "sk-ant-episode-test");
        await using var server = new StubVendorServer();
        server.Enqueue(AnthropicReplies.ToolUse("toolu_1", new JsonObject { ["action"] = "type", ["text"] = "deskbench-anthropic" }, "I will type into the terminal."));
        server.Enqueue(AnthropicReplies.ToolUse("toolu_2", new JsonObject { ["action"] = "key", ["text"] = "Return" }));
        server.Enqueue(AnthropicReplies.Text("The line is entered. DONE"));
        var agent = AnthropicAgentFactory.Create(new AnthropicAgentSettings { BaseUrl = server.BaseUrl, ApiKeyVariable = KeyVariable, MaxRetries = 1 }, NullLoggerFactory.Instance);
        await using var _ = agent;

        var outcome = await _episode.RunAsync(agent, "anthropic-type", "deskbench-anthropic", TestContext.Current.CancellationToken);

        var result = outcome.Result;
        Assert.NotNull(result);
        Assert.True(result.Score == 1.0, $"score {result.Score}, status {result.Status}, error {result.Error}");
        Assert.Equal(1.0, outcome.Success);
        Assert.Equal(FinishReason.Done, result.FinishReason);
        Assert.Equal(3000, result.Usage!.InputTokens);
        Assert.NotNull(result.Usage.CostUsd);
        Assert.Equal(3, server.Requests.Count);

        // The model saw the real desktop: the first request carries a screenshot of the 1280x800 screen (within Anthropic's limits, so unscaled).
        var tool = server.Requests[0].Body["tools"]![0]!;
        Assert.Equal(TerminalEpisode.Screen.Width, (int)tool["display_width_px"]!);
        Assert.Contains("deskbench-anthropic", outcome.Trajectory, StringComparison.Ordinal);
    }
}

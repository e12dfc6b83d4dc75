using System.Text.Json.Nodes;
using Deskbench.Core.Results;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Agents.OpenAI.Tests;

/// <summary>
/// Desktop tier: the <c>prompt</c> and <c>openai-cu</c> agents, talking to a local server that speaks OpenAI's wire format,
/// drive a real episode on a fresh Xvfb desktop (local provider, real setup steps, the harness's translators, the OSWorld
/// evaluator) to a real score.
/// </summary>
public sealed class OpenAIEpisodeDesktopTests : IDisposable
{
    private const string KeyVariable = "DESKBENCH_TEST_OPENAI_EPISODE_KEY";
    private const string PngDataPrefix = "data:image/png;base64,";
    private readonly TerminalEpisode _episode = new();

    static OpenAIEpisodeDesktopTests() => Environment.SetEnvironmentVariable(KeyVariable, "sk-openai-episode-test");

    public void Dispose() => _episode.Dispose();

    [Fact]
    public async Task Prompt_agent_writes_pyautogui_that_types_into_a_terminal_and_the_task_scores_one()
    {
        if (TerminalEpisode.MissingPrerequisite is { } missing)
        {
            Assert.Skip(missing);
        }

        await using var server = new StubVendorServer();
        server.Enqueue(OpenAIReplies.Chat("The terminal has focus, so I type the line.\n```python\npyautogui.typewrite('deskbench-prompt')\n```"));
        server.Enqueue(OpenAIReplies.Chat("Now submit it.\n```python\npyautogui.press('enter')\n```"));
        server.Enqueue(OpenAIReplies.Chat("The line is entered.\n```\nDONE\n```"));
        var agent = OpenAIAgentFactory.CreatePrompt(
            new OpenAIAgentSettings { BaseUrl = server.BaseUrl + "/v1", ApiKeyVariable = KeyVariable, MaxRetries = 1 }, NullLoggerFactory.Instance);
        await using var _ = agent;

        var outcome = await _episode.RunAsync(agent, "openai-prompt-type", "deskbench-prompt", TestContext.Current.CancellationToken);

        var result = outcome.Result;
        Assert.True(result.Score == 1.0, $"score {result.Score}, status {result.Status}, error {result.Error}");
        Assert.Equal(1.0, outcome.Success);
        Assert.Equal(FinishReason.Done, result.FinishReason);
        Assert.Equal(3 * 1200, result.Usage!.InputTokens);
        Assert.Equal(3 * 80, result.Usage.OutputTokens);
        Assert.Equal(3 * ((1200 * 2.5m) + (80 * 10m)) / 1_000_000m, result.Usage.CostUsd);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("/v1/chat/completions", r.Path));
        Assert.Contains("deskbench-prompt", outcome.Trajectory, StringComparison.Ordinal);

        // Every request shows the real 1280x800 desktop as a base64 PNG in its last user message.
        foreach (var request in server.Requests)
        {
            var messages = request.Body["messages"]!.AsArray();
            var current = messages[^1]!["content"]!.AsArray();
            var url = (string)current.Single(p => (string?)p!["type"] == "image_url")!["image_url"]!["url"]!;
            Assert.StartsWith(PngDataPrefix, url, StringComparison.Ordinal);
            using var image = TestScreens.Decode(url[PngDataPrefix.Length..]);
            Assert.Equal((TerminalEpisode.Screen.Width, TerminalEpisode.Screen.Height), (image.Width, image.Height));
        }

        // The third request carries the history: system, two earlier (user, assistant) turns, then the current observation.
        var third = server.Requests[2].Body["messages"]!.AsArray();
        Assert.Equal(1 + (2 * 2) + 1, third.Count);
        Assert.Contains("Type deskbench-prompt into the terminal", (string?)third[0]!["content"], StringComparison.Ordinal);
        Assert.Equal("assistant", (string?)third[2]!["role"]);
        Assert.Contains("pyautogui.typewrite('deskbench-prompt')", (string?)third[2]!["content"], StringComparison.Ordinal);
        Assert.Contains("pyautogui.press('enter')", (string?)third[4]!["content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Computer_use_agent_types_and_presses_enter_in_a_terminal_and_the_task_scores_one()
    {
        if (TerminalEpisode.MissingPrerequisite is { } missing)
        {
            Assert.Skip(missing);
        }

        await using var server = new StubVendorServer();
        server.Enqueue(OpenAIReplies.ComputerCall("resp_1", "call_1", new JsonObject { ["type"] = "type", ["text"] = "deskbench-cu" }));
        server.Enqueue(OpenAIReplies.ComputerCall("resp_2", "call_2", new JsonObject { ["type"] = "keypress", ["keys"] = new JsonArray("ENTER") }));
        server.Enqueue(OpenAIReplies.Message("resp_3", "I typed the line and pressed enter. DONE"));
        var agent = OpenAIAgentFactory.CreateComputerUse(
            new OpenAIAgentSettings { BaseUrl = server.BaseUrl + "/v1", ApiKeyVariable = KeyVariable, Model = "computer-use-preview", MaxRetries = 1 },
            NullLoggerFactory.Instance);
        await using var _ = agent;

        var outcome = await _episode.RunAsync(agent, "openai-cu-type", "deskbench-cu", TestContext.Current.CancellationToken);

        var result = outcome.Result;
        Assert.True(result.Score == 1.0, $"score {result.Score}, status {result.Status}, error {result.Error}");
        Assert.Equal(1.0, outcome.Success);
        Assert.Equal(FinishReason.Done, result.FinishReason);
        Assert.Equal(3 * 900, result.Usage!.InputTokens);
        Assert.Equal(3 * ((900 * 3m) + (40 * 12m)) / 1_000_000m, result.Usage.CostUsd);
        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("deskbench-cu", outcome.Trajectory, StringComparison.Ordinal);

        // The tool declares the real screen; each executed call is answered with a fresh screenshot of the desktop.
        var tool = server.Requests[0].Body["tools"]![0]!;
        Assert.Equal(TerminalEpisode.Screen.Width, (int)tool["display_width"]!);
        Assert.Equal(TerminalEpisode.Screen.Height, (int)tool["display_height"]!);
        for (var i = 1; i < 3; i++)
        {
            var body = server.Requests[i].Body;
            Assert.Equal($"resp_{i}", (string?)body["previous_response_id"]);
            var output = body["input"]![0]!;
            Assert.Equal($"call_{i}", (string?)output["call_id"]);
            var url = (string)output["output"]!["image_url"]!;
            using var image = TestScreens.Decode(url[PngDataPrefix.Length..]);
            Assert.Equal((TerminalEpisode.Screen.Width, TerminalEpisode.Screen.Height), (image.Width, image.Height));
        }
    }
}

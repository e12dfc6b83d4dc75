using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Agents;
using Deskbench.Core.Observations;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Agents.OpenAI.Tests;

public sealed class PromptAgentTests
{
    static PromptAgentTests() => Environment.SetEnvironmentVariable(TestTasks.KeyVariable, TestTasks.Key);

    private static IAgent Create(StubVendorServer server, string actionSpace = ActionSpaces.PyAutoGui, int history = 2) =>
        OpenAIAgentFactory.CreatePrompt(
            new OpenAIAgentSettings { BaseUrl = server.BaseUrl + "/v1", ApiKeyVariable = TestTasks.KeyVariable, ActionSpace = actionSpace, HistoryLength = history, MaxRetries = 2 },
            NullLoggerFactory.Instance);

    private static Observation Screen(int step, ObservationType type = ObservationType.Screenshot, string? tree = null) => new()
    {
        Instruction = TestTasks.Instruction,
        Screenshot = TestScreens.Png(640, 360),
        StepIndex = step,
        Type = type,
        LinearizedAccessibilityTree = tree,
    };

    [Fact]
    public async Task Pyautogui_over_several_steps_with_images_and_the_last_k_turns()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(OpenAIReplies.Chat("The square is at the centre.\n```python\npyautogui.click(320, 180)\n```"));
        server.Enqueue(OpenAIReplies.Chat("Now type.\n```python\npyautogui.write('hello')\ntime.sleep(0.5)\n```"));
        server.Enqueue(OpenAIReplies.Chat("Press enter.\n```python\npyautogui.press('enter')\n```"));
        server.Enqueue(OpenAIReplies.Chat("The task is complete.\n```\nDONE\n```"));
        await using var agent = Create(server);
        await agent.ResetAsync(TestTasks.Context(), CancellationToken.None);
        Assert.Equal("pyautogui", agent.ActionSpace);

        var registry = ActionTranslatorRegistry.CreateDefault(640, 360);
        var step1 = await agent.PredictAsync(Screen(0), CancellationToken.None);
        Assert.Equal(new ClickAction(320, 180), Assert.Single(registry.Translate("pyautogui", Assert.Single(step1.Actions))));
        Assert.Equal(1200, step1.Usage!.InputTokens);
        Assert.Equal(80, step1.Usage.OutputTokens);
        Assert.Equal((1200 * 2.5m + 80 * 10m) / 1_000_000m, step1.Usage.CostUsd);

        var step2 = await agent.PredictAsync(Screen(1), CancellationToken.None);
        Assert.Equal([new TypeTextAction("hello"), new WaitAction(0.5)], registry.Translate("pyautogui", Assert.Single(step2.Actions)));
        await agent.PredictAsync(Screen(2), CancellationToken.None);
        var step4 = await agent.PredictAsync(Screen(3), CancellationToken.None);
        Assert.True(Assert.Single(step4.Actions).IsDone);

        var first = server.Requests[0];
        Assert.Equal("/v1/chat/completions", first.Path);
        Assert.Equal("Bearer " + TestTasks.Key, first.Headers["Authorization"]);
        Assert.Equal("gpt-4o", (string?)first.Body["model"]);
        Assert.Equal(1500, (int)first.Body["max_completion_tokens"]!);
        var system = first.Body["messages"]![0]!;
        Assert.Equal("system", (string?)system["role"]);
        Assert.Contains("pyautogui", (string?)system["content"], StringComparison.Ordinal);
        Assert.Contains(TestTasks.Instruction, (string?)system["content"], StringComparison.Ordinal);
        var user = first.Body["messages"]![1]!["content"]!.AsArray();
        Assert.Contains("screenshot", (string?)user[0]!["text"], StringComparison.Ordinal);
        var url = (string)user[1]!["image_url"]!["url"]!;
        Assert.StartsWith("data:image/png;base64,", url, StringComparison.Ordinal);
        using (var image = TestScreens.Decode(url["data:image/png;base64,".Length..]))
        {
            Assert.Equal((640, 360), (image.Width, image.Height));
        }

        // Step 4 shows the last 2 turns (user + assistant each), then the current observation.
        var fourth = server.Requests[3].Body["messages"]!.AsArray();
        Assert.Equal(1 + (2 * 2) + 1, fourth.Count);
        Assert.Contains("Now type.", (string?)fourth[2]!["content"], StringComparison.Ordinal);
        Assert.Contains("Press enter.", (string?)fourth[4]!["content"], StringComparison.Ordinal);
        Assert.Equal("assistant", (string?)fourth[4]!["role"]);
    }

    [Fact]
    public async Task Computer_13_from_the_accessibility_tree_without_images()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(OpenAIReplies.Chat("""
            I will click the OK button.
            ```json
            {"action_type": "CLICK", "parameters": {"x": 100, "y": 50}}
            ```
            """));
        await using var agent = Create(server, ActionSpaces.Computer13);
        await agent.ResetAsync(TestTasks.Context("a11y_tree"), CancellationToken.None);
        var step = await agent.PredictAsync(Screen(0, ObservationType.A11yTree, "tag\tname\ttext\npush-button\tOK\t"), CancellationToken.None);
        Assert.Equal(new ClickAction(100, 50), Assert.Single(ActionTranslatorRegistry.CreateDefault().Translate("computer_13", Assert.Single(step.Actions))));
        var body = server.Requests[0].Body;
        Assert.Contains("MOVE_TO", (string?)body["messages"]![0]!["content"], StringComparison.Ordinal);
        var user = body["messages"]![1]!["content"]!;
        var text = user is JsonArray parts ? (string?)parts[0]!["text"] : (string?)user;
        Assert.Contains("push-button\tOK", text, StringComparison.Ordinal);
        Assert.DoesNotContain("image_url", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limit_is_retried_after_the_servers_delay()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(429, OpenAIReplies.Error("Rate limit reached for gpt-4o", "requests"), new Dictionary<string, string> { ["retry-after"] = "0" });
        server.Enqueue(OpenAIReplies.Chat("```\nWAIT\n```"));
        await using var agent = Create(server);
        await agent.ResetAsync(TestTasks.Context(), CancellationToken.None);
        var step = await agent.PredictAsync(Screen(0), CancellationToken.None);
        Assert.True(Assert.Single(step.Actions).IsWait);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Bad_request_ends_with_the_vendor_message()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(400, OpenAIReplies.Error("Invalid image: the image data you provided does not represent a valid image."));
        await using var agent = Create(server);
        await agent.ResetAsync(TestTasks.Context(), CancellationToken.None);
        var e = await Assert.ThrowsAsync<ModelServiceException>(() => agent.PredictAsync(Screen(0), CancellationToken.None));
        Assert.Contains("does not represent a valid image", e.Message, StringComparison.Ordinal);
        Assert.Equal(400, e.StatusCode);
        Assert.Single(server.Requests);
        Assert.DoesNotContain(TestTasks.Key, e.ToString(), StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Agents;
using Deskbench.Core.Guest;
using Deskbench.Core.Tasks;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace Deskbench.Agents.Anthropic.Tests;

public sealed class AnthropicComputerUseAgentTests
{
    private const string KeyVariable = "DESKBENCH_TEST_ANTHROPIC_KEY";
    private const string Key = "sk-ant-test-0123456789";

    private static readonly SKRectI RedSquare = new(1500, 900, 1540, 930);

    static AnthropicComputerUseAgentTests() => Environment.SetEnvironmentVariable(KeyVariable, Key);

    private static IAgent CreateAgent(StubVendorServer server, string toolVersion = AnthropicToolVersions.Computer20250124) =>
        AnthropicAgentFactory.Create(
            new AnthropicAgentSettings { BaseUrl = server.BaseUrl, ApiKeyVariable = KeyVariable, ToolVersion = toolVersion, MaxRetries = 2, Model = "claude-sonnet-4-5" },
            NullLoggerFactory.Instance);

    private static Observation Screen(int step, IReadOnlyList<ActionOutcome>? previous = null) => new()
    {
        Instruction = "Click the red square, then save with ctrl+s.",
        Screenshot = TestScreens.Png(1920, 1080, RedSquare),
        StepIndex = step,
        PreviousResults = previous ?? [],
    };

    private static AgentTaskContext Context() => new(new TaskSpec
    {
        Id = "t1",
        Domain = "test",
        Instruction = "Click the red square, then save with ctrl+s.",
        Evaluator = new EvaluatorSpec { Funcs = ["infeasible"] },
        SourcePath = "/nonexistent/t1.json",
        ContentHash = "0",
        Raw = [],
    }, 15, "screenshot");

    /// <summary>The key as the SDK sends it: <c>x-api-key</c>, or <c>Authorization: Bearer</c> in newer SDK versions.</summary>
    private static string? KeyOf(RecordedRequest request) =>
        request.Headers["x-api-key"] ?? request.Headers["Authorization"]?.Replace("Bearer ", "", StringComparison.Ordinal);

    [Fact]
    public async Task Drives_a_tool_loop_with_scaled_screenshots_zoom_and_history()
    {
        await using var server = new StubVendorServer();
        var scaling = CoordinateScaling.ForAnthropic(1920, 1080);
        var (mx, my) = scaling.ToModel(1520, 915);
        server.Enqueue(AnthropicReplies.ToolUse("toolu_01", new JsonObject { ["action"] = "screenshot" }, "Let me look at the screen."));
        server.Enqueue(AnthropicReplies.ToolUse("toolu_02", new JsonObject { ["action"] = "left_click", ["coordinate"] = new JsonArray(mx, my) }));
        server.Enqueue(AnthropicReplies.ToolUse("toolu_03", new JsonObject { ["action"] = "zoom", ["region"] = new JsonArray(0, 0, 714, 402) }));
        server.Enqueue(AnthropicReplies.ToolUse("toolu_04", new JsonObject { ["action"] = "key", ["text"] = "ctrl+s" }));
        server.Enqueue(AnthropicReplies.Text("The file is saved. DONE"));

        await using var agent = CreateAgent(server, AnthropicToolVersions.Computer20251124);
        await agent.ResetAsync(Context(), CancellationToken.None);
        Assert.Equal("anthropic", agent.ActionSpace);

        // Step 1: the model asks for a screenshot (answered by the agent), then clicks.
        var step1 = await agent.PredictAsync(Screen(0), CancellationToken.None);
        var click = Assert.IsType<ClickAction>(Assert.Single(ActionTranslatorRegistry.CreateDefault(1920, 1080).Translate("anthropic", Assert.Single(step1.Actions))));
        Assert.True(RedSquare.Contains(click.X!.Value, click.Y!.Value), $"click at ({click.X}, {click.Y}) misses the red square");
        Assert.Equal(new TokenUsage(2000, 100, (2000 * 3m + 100 * 15m) / 1_000_000m), step1.Usage);

        var first = server.Requests[0];
        Assert.Equal("POST", first.Method);
        Assert.StartsWith("/v1/messages", first.Path, StringComparison.Ordinal);
        Assert.Equal(Key, KeyOf(first));
        Assert.Contains("computer-use-2025-11-24", first.Headers["anthropic-beta"], StringComparison.Ordinal);
        Assert.NotNull(first.Headers["anthropic-version"]);
        var tool = Assert.IsType<JsonObject>(Assert.Single(first.Body["tools"]!.AsArray()));
        Assert.Equal("computer_20251124", (string?)tool["type"]);
        Assert.Equal("computer", (string?)tool["name"]);
        Assert.Equal(1429, (int)tool["display_width_px"]!);
        Assert.Equal(804, (int)tool["display_height_px"]!);
        Assert.True((bool)tool["enable_zoom"]!);
        Assert.Equal("claude-sonnet-4-5", (string?)first.Body["model"]);
        Assert.True((int)first.Body["max_tokens"]! > 0);
        Assert.Contains("DONE", (string?)first.Body["system"], StringComparison.Ordinal);
        var opening = first.Body["messages"]![0]!;
        Assert.Equal("user", (string?)opening["role"]);
        Assert.Equal("Click the red square, then save with ctrl+s.", (string?)opening["content"]![0]!["text"]);
        var image = opening["content"]![1]!;
        Assert.Equal("base64", (string?)image["source"]!["type"]);
        Assert.Equal("image/png", (string?)image["source"]!["media_type"]);
        using (var sent = TestScreens.Decode((string)image["source"]!["data"]!))
        {
            Assert.Equal((1429, 804), (sent.Width, sent.Height));
        }

        // The screenshot call was answered locally with a tool_result carrying the image.
        var second = server.Requests[1].Body["messages"]!.AsArray();
        Assert.Equal(3, second.Count);
        var answer = second[2]!["content"]![0]!;
        Assert.Equal("tool_result", (string?)answer["type"]);
        Assert.Equal("toolu_01", (string?)answer["tool_use_id"]);
        Assert.Equal("image", (string?)answer["content"]![0]!["type"]);

        // Step 2: the click's result goes back with the new screenshot; zoom is answered with a full-resolution crop; then ctrl+s.
        var step2 = await agent.PredictAsync(Screen(1, [new ActionOutcome(0, "click", true)]), CancellationToken.None);
        var hotkey = Assert.IsType<HotkeyAction>(Assert.Single(ActionTranslatorRegistry.CreateDefault().Translate("anthropic", Assert.Single(step2.Actions))));
        Assert.Equal(["ctrl", "s"], hotkey.Keys);
        var third = server.Requests[2].Body["messages"]!.AsArray();
        Assert.Equal(5, third.Count);
        var clickResult = third[4]!["content"]![0]!;
        Assert.Equal("toolu_02", (string?)clickResult["tool_use_id"]);
        Assert.Null(clickResult["is_error"]);
        Assert.Equal("image", (string?)clickResult["content"]![0]!["type"]);
        var zoomResult = server.Requests[3].Body["messages"]!.AsArray()[6]!["content"]![0]!;
        Assert.Equal("toolu_03", (string?)zoomResult["tool_use_id"]);
        using (var crop = TestScreens.Decode((string)zoomResult["content"]![0]!["source"]!["data"]!))
        {
            Assert.InRange(crop.Width, 958, 962); // the top-left quarter of the 1920x1080 screen at full resolution
            Assert.InRange(crop.Height, 538, 542);
        }

        // Older screenshots are dropped from the history beyond the most recent three.
        var fourthHistory = server.Requests[3].Body["messages"]!.ToJsonString();
        Assert.Contains("older screenshot omitted", fourthHistory, StringComparison.Ordinal);

        // Step 3: the model ends its turn without a tool call: DONE.
        var step3 = await agent.PredictAsync(Screen(2, [new ActionOutcome(0, "hotkey", true)]), CancellationToken.None);
        Assert.True(Assert.Single(step3.Actions).IsDone);
        Assert.Contains("saved", step3.Response, StringComparison.Ordinal);
        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task Translation_errors_are_returned_to_the_model_as_tool_errors_and_fail_is_recognised()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(AnthropicReplies.ToolUse("toolu_1", new JsonObject { ["action"] = "key", ["text"] = "ctrl+s" }));
        server.Enqueue(AnthropicReplies.Text("This cannot be done here. FAIL"));
        await using var agent = CreateAgent(server);
        await agent.ResetAsync(Context(), CancellationToken.None);
        await agent.PredictAsync(Screen(0), CancellationToken.None);
        var step = await agent.PredictAsync(Screen(1, [new ActionOutcome(0, "translate", false, "the guest refused the key")]), CancellationToken.None);
        Assert.True(Assert.Single(step.Actions).IsFail);
        var result = server.Requests[1].Body["messages"]![2]!["content"]![0]!;
        Assert.True((bool)result["is_error"]!);
        Assert.Equal("the guest refused the key", (string?)result["content"]![0]!["text"]);
        Assert.Contains("computer-use-2025-01-24", server.Requests[0].Headers["anthropic-beta"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_actions_are_answered_locally_without_reaching_the_desktop()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(AnthropicReplies.ToolUse("toolu_1", new JsonObject { ["action"] = "left_click", ["coordinate"] = new JsonArray(5000, 10) }));
        server.Enqueue(AnthropicReplies.ToolUse("toolu_2", new JsonObject { ["action"] = "left_click", ["coordinate"] = new JsonArray(10, 10) }));
        await using var agent = CreateAgent(server);
        await agent.ResetAsync(Context(), CancellationToken.None);
        var step = await agent.PredictAsync(Screen(0), CancellationToken.None);
        Assert.Single(step.Actions);
        var error = server.Requests[1].Body["messages"]![2]!["content"]![0]!;
        Assert.True((bool)error["is_error"]!);
        Assert.Contains("outside the 1429x804 display", (string?)error["content"]![0]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_is_retried()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(429, AnthropicReplies.Error("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"),
            new Dictionary<string, string> { ["retry-after"] = "0" });
        server.Enqueue(AnthropicReplies.Text("DONE"));
        await using var agent = CreateAgent(server);
        await agent.ResetAsync(Context(), CancellationToken.None);
        var step = await agent.PredictAsync(Screen(0), CancellationToken.None);
        Assert.True(Assert.Single(step.Actions).IsDone);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Bad_request_throws_with_the_vendor_message()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(400, AnthropicReplies.Error("invalid_request_error", "messages: at least one message is required"));
        await using var agent = CreateAgent(server);
        await agent.ResetAsync(Context(), CancellationToken.None);
        var e = await Assert.ThrowsAsync<ModelServiceException>(() => agent.PredictAsync(Screen(0), CancellationToken.None));
        Assert.Contains("at least one message is required", e.Message, StringComparison.Ordinal);
        Assert.Equal(400, e.StatusCode);
        Assert.Single(server.Requests);
        Assert.DoesNotContain(Key, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_key_is_a_configuration_error_naming_where_to_put_it()
    {
        var e = Assert.Throws<InvalidOperationException>(() => AnthropicAgentFactory.Create(
            new AnthropicAgentSettings { ApiKeyVariable = "DESKBENCH_TEST_UNSET_KEY", CredentialsFile = "/nonexistent/credentials.json" }, NullLoggerFactory.Instance));
        Assert.Contains("DESKBENCH_TEST_UNSET_KEY", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_can_come_from_the_user_credentials_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"deskbench-cred-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"anthropic_api_key": "sk-from-file"}""", TestContext.Current.CancellationToken);
        try
        {
            await using var server = new StubVendorServer();
            server.Enqueue(AnthropicReplies.Text("DONE"));
            await using var agent = AnthropicAgentFactory.Create(
                new AnthropicAgentSettings { BaseUrl = server.BaseUrl, ApiKeyVariable = "DESKBENCH_TEST_UNSET_KEY", CredentialsFile = file }, NullLoggerFactory.Instance);
            await agent.ResetAsync(Context(), CancellationToken.None);
            await agent.PredictAsync(Screen(0), CancellationToken.None);
            Assert.Equal("sk-from-file", KeyOf(server.Requests[0]));
        }
        finally
        {
            File.Delete(file);
        }
    }
}

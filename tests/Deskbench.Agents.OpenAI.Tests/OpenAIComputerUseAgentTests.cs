using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Agents;
using Deskbench.Core.Guest;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace Deskbench.Agents.OpenAI.Tests;

public sealed class OpenAIComputerUseAgentTests
{
    private static readonly SKRectI RedSquare = new(1500, 900, 1540, 930);

    static OpenAIComputerUseAgentTests() => Environment.SetEnvironmentVariable(TestTasks.KeyVariable, TestTasks.Key);

    private static IAgent Create(StubVendorServer server, string tool = "computer_use_preview", int? maxLongEdge = 1280) =>
        OpenAIAgentFactory.CreateComputerUse(
            new OpenAIAgentSettings
            {
                BaseUrl = server.BaseUrl + "/v1", ApiKeyVariable = TestTasks.KeyVariable, Model = "computer-use-preview",
                ComputerToolType = tool, MaxLongEdge = maxLongEdge, MaxRetries = 2,
            },
            NullLoggerFactory.Instance);

    private static Observation Screen(int step, IReadOnlyList<ActionOutcome>? previous = null) => new()
    {
        Instruction = TestTasks.Instruction,
        Screenshot = TestScreens.Png(1920, 1080, RedSquare),
        StepIndex = step,
        PreviousResults = previous ?? [],
    };

    [Fact]
    public async Task Preview_tool_loop_with_scaled_display_call_outputs_and_safety_checks()
    {
        await using var server = new StubVendorServer();
        var checks = new JsonArray(new JsonObject { ["id"] = "cu_sc_1", ["code"] = "malicious_instructions", ["message"] = "Check the page." });
        server.Enqueue(OpenAIReplies.ComputerCall("resp_1", "call_1", new JsonObject { ["type"] = "click", ["button"] = "left", ["x"] = 1013, ["y"] = 610 }, safetyChecks: checks));
        server.Enqueue(OpenAIReplies.ComputerCall("resp_2", "call_2", new JsonObject { ["type"] = "screenshot" }));
        server.Enqueue(OpenAIReplies.ComputerCall("resp_3", "call_3", new JsonObject { ["type"] = "type", ["text"] = "hello" }));
        server.Enqueue(OpenAIReplies.Message("resp_4", "I typed hello in the square. DONE"));
        await using var agent = Create(server);
        await agent.ResetAsync(TestTasks.Context(), CancellationToken.None);
        Assert.Equal("openai", agent.ActionSpace);
        var registry = ActionTranslatorRegistry.CreateDefault(1920, 1080);

        var step1 = await agent.PredictAsync(Screen(0), CancellationToken.None);
        var click = Assert.IsType<ClickAction>(Assert.Single(registry.Translate("openai", Assert.Single(step1.Actions))));
        Assert.True(RedSquare.Contains(click.X!.Value, click.Y!.Value), $"click at ({click.X}, {click.Y}) misses the red square");
        Assert.Equal(new TokenUsage(900, 40, (900 * 3m + 40 * 12m) / 1_000_000m), step1.Usage);

        var first = server.Requests[0];
        Assert.Equal("/v1/responses", first.Path);
        Assert.Equal("Bearer " + TestTasks.Key, first.Headers["Authorization"]);
        var tool = first.Body["tools"]![0]!;
        Assert.Equal("computer_use_preview", (string?)tool["type"]);
        Assert.Equal(1280, (int)tool["display_width"]!);
        Assert.Equal(720, (int)tool["display_height"]!);
        Assert.Equal("linux", (string?)tool["environment"]);
        Assert.Equal("auto", (string?)first.Body["truncation"]);
        Assert.Null(first.Body["previous_response_id"]);
        var opening = first.Body["input"]![0]!["content"]!.AsArray();
        Assert.Equal(TestTasks.Instruction, (string?)opening[0]!["text"]);
        var url = (string)opening[1]!["image_url"]!;
        using (var image = TestScreens.Decode(url["data:image/png;base64,".Length..]))
        {
            Assert.Equal((1280, 720), (image.Width, image.Height));
        }

        // Step 2: the click is answered with the new screenshot and the acknowledged safety check; the screenshot
        // request is answered by the agent; then the model types.
        var step2 = await agent.PredictAsync(Screen(1, [new ActionOutcome(0, "click", true)]), CancellationToken.None);
        Assert.Equal(new TypeTextAction("hello"), Assert.Single(registry.Translate("openai", Assert.Single(step2.Actions))));
        var second = server.Requests[1].Body;
        Assert.Equal("resp_1", (string?)second["previous_response_id"]);
        var output = second["input"]![0]!;
        Assert.Equal("computer_call_output", (string?)output["type"]);
        Assert.Equal("call_1", (string?)output["call_id"]);
        Assert.Equal("computer_screenshot", (string?)output["output"]!["type"]);
        Assert.StartsWith("data:image/png;base64,", (string?)output["output"]!["image_url"], StringComparison.Ordinal);
        Assert.Equal("cu_sc_1", (string?)output["acknowledged_safety_checks"]![0]!["id"]);
        Assert.Equal("call_2", (string?)server.Requests[2].Body["input"]![0]!["call_id"]);
        Assert.Equal("resp_2", (string?)server.Requests[2].Body["previous_response_id"]);

        // Step 3: a failed action is reported beside the screenshot; the model's closing message ends with DONE.
        var step3 = await agent.PredictAsync(Screen(2, [new ActionOutcome(0, "type_text", false, "the guest lost the keyboard")]), CancellationToken.None);
        Assert.True(Assert.Single(step3.Actions).IsDone);
        var third = server.Requests[3].Body["input"]!.AsArray();
        Assert.Equal("call_3", (string?)third[0]!["call_id"]);
        Assert.Contains("the guest lost the keyboard", third[1]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ga_computer_tool_returns_batched_actions()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(OpenAIReplies.ComputerCall("resp_1", "call_1", new JsonArray(
            new JsonObject { ["type"] = "click", ["button"] = "left", ["x"] = 1520, ["y"] = 915 },
            new JsonObject { ["type"] = "type", ["text"] = "hello" },
            new JsonObject { ["type"] = "keypress", ["keys"] = new JsonArray("ENTER") }), batched: true));
        await using var agent = Create(server, tool: "computer", maxLongEdge: null);
        await agent.ResetAsync(TestTasks.Context(), CancellationToken.None);
        var step = await agent.PredictAsync(Screen(0), CancellationToken.None);
        var registry = ActionTranslatorRegistry.CreateDefault();
        Assert.Equal(
            [new ClickAction(1520, 915), new TypeTextAction("hello"), new KeyPressAction("enter")],
            step.Actions.SelectMany(a => registry.Translate("openai", a)).ToList());
        Assert.Equal("""{"type":"computer"}""", server.Requests[0].Body["tools"]![0]!.ToJsonString());
    }

    [Fact]
    public async Task Confirmation_questions_are_answered_with_a_request_to_continue()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(OpenAIReplies.Message("resp_1", "Should I go ahead and type hello?"));
        server.Enqueue(OpenAIReplies.Message("resp_2", "This cannot be done. FAIL"));
        await using var agent = Create(server);
        await agent.ResetAsync(TestTasks.Context(), CancellationToken.None);
        var step = await agent.PredictAsync(Screen(0), CancellationToken.None);
        Assert.True(Assert.Single(step.Actions).IsFail);
        Assert.Contains("continue", server.Requests[1].Body["input"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("resp_1", (string?)server.Requests[1].Body["previous_response_id"]);
        Assert.Equal(new TokenUsage(1800, 80, (1800 * 3m + 80 * 12m) / 1_000_000m), step.Usage);
    }

    [Fact]
    public async Task Server_errors_are_retried_and_bad_requests_end_with_the_vendor_message()
    {
        await using var server = new StubVendorServer();
        server.Enqueue(429, OpenAIReplies.Error("Rate limit reached", "requests"), new Dictionary<string, string> { ["retry-after"] = "0" });
        server.Enqueue(400, OpenAIReplies.Error("The model `computer-use-preview` requires truncation=auto."));
        await using var agent = Create(server);
        await agent.ResetAsync(TestTasks.Context(), CancellationToken.None);
        var e = await Assert.ThrowsAsync<ModelServiceException>(() => agent.PredictAsync(Screen(0), CancellationToken.None));
        Assert.Contains("requires truncation=auto", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }
}

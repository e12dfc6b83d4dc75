using System.Diagnostics;
using System.Text.Json.Nodes;
using Deskbench.Agents.Remote;
using Deskbench.Core.Agents;
using Deskbench.Core.Guest;

namespace Deskbench.Agents.Tests.Remote;

/// <summary>The remote agent against a real HTTP server on loopback: what it sends, what it accepts, what it refuses.</summary>
public sealed class RemoteAgentTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Fact]
    public async Task Reset_and_predict_send_the_task_and_the_observation_and_read_actions_and_usage()
    {
        await using var server = new AgentTestServer();
        await using var agent = Agent(server);
        server.Reply(200, """{"action_space": "pyautogui"}""");
        server.Reply(200, """{"response": "typing", "actions": ["pyautogui.write('hi')", "DONE"], "usage": {"input_tokens": 1200, "output_tokens": 30, "cost_usd": 0.0125}}""");

        await agent.ResetAsync(new AgentTaskContext(TestTasks.Create("/tasks/t.json", "t-7", "terminal"), 15, "screenshot"), Ct);
        var response = await agent.PredictAsync(new Observation
        {
            Instruction = "say hi",
            Screenshot = Png,
            StepIndex = 2,
            AccessibilityTree = "<desktop-frame/>",
            PreviousResults = [new ActionOutcome(0, "click", false, "no window")],
        }, Ct);

        Assert.Equal("typing", response.Response);
        Assert.Equal(["pyautogui.write('hi')", "DONE"], response.Actions.Select(a => a.ToString()));
        Assert.Equal(new TokenUsage(1200, 30, 0.0125m), response.Usage);
        var requests = server.Requests.ToArray();
        Assert.Equal(["reset", "predict"], requests.Select(r => r.Path));
        var reset = requests[0].Body;
        Assert.Equal(RemoteAgentProtocol.Version, (int)reset["protocol"]!);
        Assert.Equal("t-7", (string?)reset["task"]!["id"]);
        Assert.Equal("terminal", (string?)reset["task"]!["domain"]);
        Assert.Equal("do the thing", (string?)reset["task"]!["instruction"]);
        Assert.Equal(15, (int)reset["max_steps"]!);
        Assert.Equal("pyautogui", (string?)reset["action_space"]);
        var predict = requests[1].Body;
        Assert.Equal(Png, Convert.FromBase64String((string)predict["screenshot"]!));
        Assert.Equal(2, (int)predict["step_index"]!);
        Assert.Equal("say hi", (string?)predict["instruction"]);
        Assert.Equal("<desktop-frame/>", (string?)predict["accessibility_tree"]);
        var previous = Assert.Single(predict["previous_results"]!.AsArray())!;
        Assert.False((bool)previous["success"]!);
        Assert.Equal("no window", (string?)previous["error"]);
    }

    [Fact]
    public async Task Object_actions_pass_through_for_json_action_spaces()
    {
        await using var server = new AgentTestServer();
        await using var agent = Agent(server, actionSpace: "computer_13");
        server.Reply(200, """{"response": null, "actions": [{"action_type": "CLICK", "x": 10, "y": 20}]}""");

        var response = await agent.PredictAsync(Observation(), Ct);

        var action = Assert.Single(response.Actions);
        Assert.Equal("CLICK", (string?)action.Value["action_type"]);
        Assert.Null(response.Usage);
    }

    [Fact]
    public async Task Server_errors_and_rate_limits_are_retried_honouring_retry_after()
    {
        await using var server = new AgentTestServer();
        await using var agent = Agent(server, retries: 3);
        server.Reply(503, """{"error": "warming up"}""");
        server.Reply(429, """{"error": "slow down"}""", retryAfter: "1");
        server.Reply(200, """{"response": "ok", "actions": ["WAIT"]}""");

        var clock = Stopwatch.StartNew();
        var response = await agent.PredictAsync(Observation(), Ct);

        Assert.Equal("ok", response.Response);
        Assert.Equal(3, server.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"Retry-After: 1 was not honoured ({clock.Elapsed.TotalSeconds:0.00} s)");
    }

    [Fact]
    public async Task A_client_error_is_not_retried_and_its_message_names_the_agent_and_the_step()
    {
        await using var server = new AgentTestServer();
        await using var agent = Agent(server, retries: 3);
        server.Reply(400, """{"error": "observation too large"}""");

        var error = await Assert.ThrowsAsync<RemoteAgentException>(() => agent.PredictAsync(Observation(step: 4), Ct));

        Assert.Single(server.Requests);
        Assert.Contains(server.BaseUrl.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("step 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 400", error.Message, StringComparison.Ordinal);
        Assert.Contains("observation too large", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html>oops</html>", "the reply is not JSON")]
    [InlineData("""["DONE"]""", "expected a JSON object")]
    [InlineData("""{"response": "x"}""", "\"actions\" to be a list")]
    [InlineData("""{"actions": [42]}""", "actions[0] to be a string")]
    [InlineData("""{"actions": [], "usage": {"input_tokens": "many"}}""", "\"usage\" to be")]
    public async Task Garbage_replies_give_a_clear_error_naming_what_was_wrong(string reply, string expected)
    {
        await using var server = new AgentTestServer();
        await using var agent = Agent(server);
        server.Reply(200, reply);

        var error = await Assert.ThrowsAsync<RemoteAgentException>(() => agent.PredictAsync(Observation(step: 1), Ct));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("predict", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_agent_that_declares_another_action_space_is_refused_at_reset()
    {
        await using var server = new AgentTestServer();
        await using var agent = Agent(server);
        server.Reply(200, """{"action_space": "computer_13"}""");

        var error = await Assert.ThrowsAsync<RemoteAgentException>(() =>
            agent.ResetAsync(new AgentTaskContext(TestTasks.Create("/t.json"), 15, "screenshot"), Ct));

        Assert.Contains("'computer_13'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'pyautogui'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_server_fails_after_the_retries_with_the_cause()
    {
        Uri url;
        await using (var gone = new AgentTestServer())
        {
            url = gone.BaseUrl;
        }

        await using var agent = new RemoteAgent(new RemoteAgentOptions { BaseUrl = url, Retries = 2, RetryDelay = TimeSpan.FromMilliseconds(10) });

        var error = await Assert.ThrowsAsync<RemoteAgentException>(() => agent.PredictAsync(Observation(), Ct));

        Assert.Contains("no answer after 3 tries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_agent_hits_the_call_time_limit()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var url = new Uri($"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}/");
        await using var agent = new RemoteAgent(new RemoteAgentOptions { BaseUrl = url, Retries = 0, RequestTimeout = TimeSpan.FromMilliseconds(300) });

        // The socket accepts the connection (the backlog) but nobody ever answers.
        var error = await Assert.ThrowsAsync<RemoteAgentException>(() => agent.PredictAsync(Observation(), Ct));

        Assert.Contains("no answer within 0.3 s", error.Message, StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static RemoteAgent Agent(AgentTestServer server, string actionSpace = "pyautogui", int retries = 0) =>
        new(new RemoteAgentOptions { BaseUrl = server.BaseUrl, ActionSpace = actionSpace, Retries = retries, RetryDelay = TimeSpan.FromMilliseconds(10) });

    private static Observation Observation(int step = 0) => new() { Instruction = "x", Screenshot = Png, StepIndex = step };
}

using Deskbench.Core.Actions;
using Deskbench.Core.Agents;
using System.Text.Json.Nodes;

namespace Deskbench.Agents.Tests;

public sealed class ScriptedAgentTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Replays_steps_in_order_then_answers_DONE()
    {
        var task = TestTasks.Create(_folder.WriteTask("t1", """
            {"action_space": "pyautogui",
             "steps": ["pyautogui.click(10, 20)", ["pyautogui.typewrite('a')", "pyautogui.press('enter')"], "WAIT"]}
            """));
        await using var agent = new ScriptedAgent();
        await agent.ResetAsync(new AgentTaskContext(task, 15, "screenshot"), TestContext.Current.CancellationToken);

        var steps = new List<IReadOnlyList<AgentAction>>();
        for (var i = 0; i < 5; i++)
        {
            steps.Add((await agent.PredictAsync(Observe(i), TestContext.Current.CancellationToken)).Actions);
        }

        Assert.Equal(["pyautogui.click(10, 20)"], steps[0].Select(a => a.ToString()));
        Assert.Equal(["pyautogui.typewrite('a')", "pyautogui.press('enter')"], steps[1].Select(a => a.ToString()));
        Assert.True(Assert.Single(steps[2]).IsWait);
        Assert.True(Assert.Single(steps[3]).IsDone);
        Assert.True(Assert.Single(steps[4]).IsDone);
        Assert.Equal(ActionSpaces.PyAutoGui, agent.ActionSpace);
    }

    [Fact]
    public async Task Declares_the_solution_action_space_after_reset()
    {
        var task = TestTasks.Create(_folder.WriteTask("t2", """
            {"action_space": "computer_13",
             "steps": [[{"action_type": "CLICK", "parameters": {"x": 5, "y": 6}}, {"action_type": "TYPING", "parameters": {"text": "hi"}}],
                       {"action_type": "PRESS", "parameters": {"key": "enter"}},
                       "FAIL"]}
            """));
        await using var agent = new ScriptedAgent();
        Assert.Equal(ActionSpaces.PyAutoGui, agent.ActionSpace);

        await agent.ResetAsync(new AgentTaskContext(task, 15, "screenshot"), TestContext.Current.CancellationToken);
        var first = await agent.PredictAsync(Observe(0), TestContext.Current.CancellationToken);
        var second = await agent.PredictAsync(Observe(1), TestContext.Current.CancellationToken);
        var third = await agent.PredictAsync(Observe(2), TestContext.Current.CancellationToken);

        Assert.Equal(ActionSpaces.Computer13, agent.ActionSpace);
        Assert.Equal(2, first.Actions.Count);
        Assert.Equal("CLICK", first.Actions[0].Value["action_type"]!.GetValue<string>());
        Assert.Equal(6, first.Actions[0].Value["parameters"]!["y"]!.GetValue<int>());
        Assert.Equal("PRESS", Assert.Single(second.Actions).Value["action_type"]!.GetValue<string>());
        Assert.True(Assert.Single(third.Actions).IsFail);
    }

    [Fact]
    public async Task Reset_starts_the_replay_over()
    {
        var task = TestTasks.Create(_folder.WriteTask("t3", """{"action_space": "pyautogui", "steps": ["pyautogui.press('a')"]}"""));
        await using var agent = new ScriptedAgent();
        var context = new AgentTaskContext(task, 15, "screenshot");

        await agent.ResetAsync(context, TestContext.Current.CancellationToken);
        await agent.PredictAsync(Observe(0), TestContext.Current.CancellationToken);
        await agent.ResetAsync(context, TestContext.Current.CancellationToken);
        var again = await agent.PredictAsync(Observe(0), TestContext.Current.CancellationToken);

        Assert.Equal("pyautogui.press('a')", Assert.Single(again.Actions).ToString());
    }

    [Fact]
    public async Task Missing_solution_file_is_an_error_naming_the_file()
    {
        var taskPath = _folder.WriteTask("no-solution", solutionJson: null);
        await using var agent = new ScriptedAgent();

        var error = await Assert.ThrowsAsync<SolutionFileException>(() =>
            agent.ResetAsync(new AgentTaskContext(TestTasks.Create(taskPath), 15, "screenshot"), TestContext.Current.CancellationToken));

        var expected = Path.Combine(_folder.Path, "no-solution.solution.json");
        Assert.Equal(expected, error.FilePath);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_before_reset_is_an_error()
    {
        await using var agent = new ScriptedAgent();

        await Assert.ThrowsAsync<InvalidOperationException>(() => agent.PredictAsync(Observe(0), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("not json", "invalid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("""{"steps": []}""", "\"action_space\" is missing")]
    [InlineData("""{"action_space": "vim", "steps": []}""", "unknown action_space 'vim'")]
    [InlineData("""{"action_space": "pyautogui"}""", "\"steps\" must be a list")]
    [InlineData("""{"action_space": "pyautogui", "steps": ["ok", {"action_type": "CLICK"}]}""", "step 2: a pyautogui step")]
    [InlineData("""{"action_space": "computer_13", "steps": ["pyautogui.click()"]}""", "step 1: a computer_13 step")]
    [InlineData("""{"action_space": "computer_13", "steps": [{"parameters": {}}]}""", "step 1: a computer_13 action needs")]
    [InlineData("""{"action_space": "pyautogui", "steps": [3]}""", "step 1: unexpected Number")]
    [InlineData("""{"action_space": "pyautogui", "steps": [""]}""", "step 1: unexpected String")]
    public async Task Invalid_solution_file_is_an_error_naming_the_file_and_problem(string json, string problem)
    {
        var taskPath = _folder.WriteTask("bad", json);
        await using var agent = new ScriptedAgent();

        var error = await Assert.ThrowsAsync<SolutionFileException>(() =>
            agent.ResetAsync(new AgentTaskContext(TestTasks.Create(taskPath), 15, "screenshot"), TestContext.Current.CancellationToken));

        Assert.Contains("bad.solution.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/suite/os/abc.json", "/suite/os/abc.solution.json")]
    [InlineData("/suite/os/abc.JSON", "/suite/os/abc.solution.json")]
    [InlineData("/suite/os/abc", "/suite/os/abc.solution.json")]
    public void Solution_file_sits_beside_the_task_file(string taskPath, string expected) =>
        Assert.Equal(expected, ScriptedSolution.PathFor(taskPath));

    private static Observation Observe(int step) => new()
    {
        Instruction = "do the thing",
        Screenshot = [],
        StepIndex = step,
        PreviousResults = [],
    };
}

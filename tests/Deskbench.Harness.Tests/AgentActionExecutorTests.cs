using Deskbench.Core.Actions;
using Deskbench.Core.Results;
using Deskbench.Harness.Episodes;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Tests;

/// <summary>OSWorld step() semantics of the special actions, which never reach the translator or the guest.</summary>
public sealed class AgentActionExecutorTests
{
    private readonly AgentActionExecutor _executor = new(translator: null!, guest: null!);

    [Fact]
    public async Task DONE_ends_the_episode_with_done_info()
    {
        var applied = await _executor.ApplyAsync(AgentAction.FromCode("DONE"), 0, TestContext.Current.CancellationToken);

        Assert.True(applied.Done);
        Assert.True(applied.Info["done"]!.GetValue<bool>());
        Assert.True(applied.Outcome.Success);
        Assert.Equal(FinishReason.Done, AgentActionExecutor.FinishReasonOf(applied));
    }

    [Fact]
    public async Task FAIL_ends_the_episode_with_fail_info()
    {
        var applied = await _executor.ApplyAsync(new AgentAction(new JsonObject { ["action_type"] = "FAIL" }), 1, TestContext.Current.CancellationToken);

        Assert.True(applied.Done);
        Assert.True(applied.Info["fail"]!.GetValue<bool>());
        Assert.Equal(1, applied.Outcome.Index);
        Assert.Equal(FinishReason.Fail, AgentActionExecutor.FinishReasonOf(applied));
    }

    [Fact]
    public async Task WAIT_just_continues()
    {
        var applied = await _executor.ApplyAsync(AgentAction.FromCode(" WAIT "), 0, TestContext.Current.CancellationToken);

        Assert.False(applied.Done);
        Assert.Empty(applied.Info);
        Assert.Equal("wait", applied.Outcome.Type);
    }
}

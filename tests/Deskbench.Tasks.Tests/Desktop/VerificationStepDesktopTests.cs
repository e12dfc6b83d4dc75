using System.Diagnostics;
using Deskbench.Core.Setup;
using static Deskbench.Tasks.Tests.Desktop.DesktopSteps;

namespace Deskbench.Tasks.Tests.Desktop;

/// <summary>
/// Desktop tier: <c>execute_with_verification</c> against the real guest: it polls the real window list
/// (<c>window_exists</c>) and real commands (<c>command_success</c>) and fails when the check never passes in time.
/// </summary>
public sealed class VerificationStepDesktopTests(RealDesktopFixture desktop) : IClassFixture<RealDesktopFixture>
{
    [Fact]
    public async Task Window_exists_waits_for_the_window_the_command_opens()
    {
        var environment = desktop.Require("xterm");
        var title = Unique("verified");

        await RunAsync(desktop.NewContext(), Step("execute_with_verification", $$"""
            {"command": "xterm -T {{title}} >/dev/null 2>&1 &", "shell": true,
             "verification": {"window_exists": {"window_name": "{{title}}"} }, "max_wait_time": 20, "check_interval": 0.1}
            """));

        // The step only returns once the window is there: no polling needed here.
        var windows = await environment.Guest.ListWindowsAsync(Token);
        Assert.Contains(windows, w => w.Title == title);
    }

    [Fact]
    public async Task Window_exists_fails_the_step_when_no_window_appears_within_max_wait_time()
    {
        desktop.Require();
        var title = Unique("never-shown");
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SetupStepException>(() => RunAsync(desktop.NewContext(), Step("execute_with_verification", $$"""
            {"command": ["true"], "verification": {"window_exists": {"window_name": "{{title}}"} }, "max_wait_time": 1, "check_interval": 0.2}
            """)));

        Assert.Equal("execute_with_verification", error.StepType);
        Assert.Contains("failed within 1 s", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Command_success_waits_until_the_check_command_succeeds()
    {
        var environment = desktop.Require();
        var flag = Unique("flag");

        // The command returns at once; the flag file appears a little later, and the step waits for it.
        await RunAsync(desktop.NewContext(), Step("execute_with_verification", $$"""
            {"command": "(sleep 0.5; touch ~/{{flag}}) >/dev/null 2>&1 &", "shell": true,
             "verification": {"command_success": {"command": "test -f ~/{{flag}}", "shell": true} }, "max_wait_time": 20, "check_interval": 0.1}
            """));

        Assert.NotNull(await environment.Guest.DownloadFileAsync($"~/{flag}", Token));
    }

    [Fact]
    public async Task Command_success_fails_the_step_when_the_check_never_succeeds()
    {
        desktop.Require();

        var error = await Assert.ThrowsAsync<SetupStepException>(() => RunAsync(desktop.NewContext(), Step("execute_with_verification", """
            {"command": ["true"], "verification": {"command_success": "test -e /nonexistent/deskbench"}, "max_wait_time": 0.5, "check_interval": 0.1}
            """)));

        Assert.Equal(0, error.StepIndex);
        Assert.Contains("command_success", error.Message, StringComparison.Ordinal);
    }
}

using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Core.Setup;
using Deskbench.Tasks.Setup;
using Deskbench.Tasks.Setup.Steps;
using System.Text.Json.Nodes;
using static Deskbench.Tasks.Tests.Support.SetupHarness;

namespace Deskbench.Tasks.Tests.Setup;

/// <summary><c>execute</c>/<c>command</c> and <c>execute_with_verification</c>, running real commands.</summary>
public sealed class ExecuteStepTests
{
    private static readonly SetupRunnerOptions FastRetries = new() { ExecuteRetryInterval = TimeSpan.FromMilliseconds(10) };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Placeholders_are_substituted_and_stdout_is_saved_in_the_cache_folder()
    {
        await using var setup = await CreateAsync(screen: new ScreenSize(1280, 720));
        var runner = SetupRunner.CreateDefault(new SetupRunnerOptions { ClientPassword = "hunter2" });

        await runner.RunAsync(
            [
                Step("execute", """
                    {"command": ["sh", "-c", "echo {SCREEN_WIDTH_HALF}x{SCREEN_HEIGHT_HALF} {SCREEN_WIDTH}x{SCREEN_HEIGHT} {CLIENT_PASSWORD}; echo oops >&2"],
                     "stdout": "out.txt", "stderr": "err.txt"}
                    """),
                Step("command", """{"command": "echo {CLIENT_PASSWORD}", "shell": true, "stdout": "shell.txt"}"""),
            ],
            setup.Context, Token);

        Assert.Equal("640x360 1280x720 hunter2\n", await File.ReadAllTextAsync(Path.Combine(setup.CacheFolder, "out.txt"), Token));
        Assert.Equal("oops\n", await File.ReadAllTextAsync(Path.Combine(setup.CacheFolder, "err.txt"), Token));
        Assert.Equal("hunter2\n", await File.ReadAllTextAsync(Path.Combine(setup.CacheFolder, "shell.txt"), Token));
    }

    [Fact]
    public async Task Until_repeats_the_command_until_stdout_contains_the_text()
    {
        await using var setup = await CreateAsync();
        var counter = Path.Combine(setup.Folder.Path, "count");
        var script = $"n=$(cat '{counter}' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '{counter}'; echo attempt-$n";

        await SetupRunner.CreateDefault(FastRetries).RunAsync(
            [Step("execute", new JsonObject { ["command"] = script, ["shell"] = true, ["until"] = new JsonObject { ["stdout"] = "attempt-3" } }.ToJsonString())],
            setup.Context, Token);

        Assert.Equal("3", (await File.ReadAllTextAsync(counter, Token)).Trim());
    }

    [Fact]
    public async Task Until_returncode_stops_once_the_code_matches()
    {
        await using var setup = await CreateAsync();
        var counter = Path.Combine(setup.Folder.Path, "count");
        var script = $"n=$(cat '{counter}' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '{counter}'; test $n -ge 2";

        await SetupRunner.CreateDefault(FastRetries).RunAsync(
            [Step("execute", new JsonObject { ["command"] = script, ["shell"] = true, ["until"] = new JsonObject { ["returncode"] = 0 } }.ToJsonString())],
            setup.Context, Token);

        Assert.Equal("2", (await File.ReadAllTextAsync(counter, Token)).Trim());
    }

    [Fact]
    public async Task Until_that_never_holds_fails_after_the_timeout()
    {
        await using var setup = await CreateAsync();
        var options = FastRetries with { ExecuteUntilTimeout = TimeSpan.FromMilliseconds(200) };

        var ex = await Assert.ThrowsAsync<SetupStepException>(() => SetupRunner.CreateDefault(options).RunAsync(
            [Step("execute", """{"command": ["false"], "until": {"returncode": 0}}""")], setup.Context, Token));

        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.True(setup.Guest.Calls.Count >= 3);
    }

    [Fact]
    public async Task Failing_commands_do_not_fail_the_step_as_in_osworld()
    {
        await using var setup = await CreateAsync();

        await SetupRunner.CreateDefault(FastRetries).RunAsync(
            [
                Step("execute", """{"command": ["false"]}"""),
                Step("execute", """{"command": ["/nonexistent/program"]}"""),
                Step("execute", """{"command": ["/nonexistent/program"], "until": {"returncode": 0}}"""),
            ],
            setup.Context, Token);

        Assert.Equal(1 + 1 + 5, setup.Guest.Calls.Count);
    }

    [Fact]
    public void Until_conditions_follow_osworld()
    {
        var result = new CommandResult("success", "ready now", "warn", 3);

        Assert.True(ExecuteStep.UntilHolds(new JsonObject { ["returncode"] = 3 }, result));
        Assert.True(ExecuteStep.UntilHolds(new JsonObject { ["stdout"] = "ready" }, result));
        Assert.True(ExecuteStep.UntilHolds(new JsonObject { ["stderr"] = "war" }, result));
        Assert.False(ExecuteStep.UntilHolds(new JsonObject { ["returncode"] = 0, ["stdout"] = "nope" }, result));
    }

    [Fact]
    public async Task Verification_by_command_success_waits_for_the_effect()
    {
        await using var setup = await CreateAsync();
        var marker = Path.Combine(setup.Folder.Path, "ready");
        var parameters = new JsonObject
        {
            ["command"] = $"(sleep 0.3; touch '{marker}') > /dev/null 2>&1 &",
            ["shell"] = true,
            ["verification"] = new JsonObject { ["command_success"] = $"test -f '{marker}'" },
            ["max_wait_time"] = 10,
            ["check_interval"] = 0.05,
        };

        await SetupRunner.CreateDefault().RunAsync([Step("execute_with_verification", parameters.ToJsonString())], setup.Context, Token);

        Assert.True(File.Exists(marker));
        Assert.True(setup.Guest.Calls.Count(c => c.Contains("test -f", StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public async Task Verification_by_window_exists_passes_on_a_matching_title()
    {
        await using var setup = await CreateAsync();
        setup.Guest.Windows.Add(new WindowInfo(7, "report.xlsx - LibreOffice Calc", "libreoffice-calc", "libreoffice", 0, 0, 10, 10, true));

        await SetupRunner.CreateDefault().RunAsync(
            [
                Step("execute_with_verification", """{"command": ["true"], "verification": {"window_exists": "libreoffice calc"}}"""),
                Step("execute_with_verification", """
                    {"command": ["true"], "verification": {"window_exists": {"window_name": "libreoffice.libreoffice-calc", "strict": true, "by_class": true}}}
                    """),
            ],
            setup.Context, Token);

        Assert.Equal(2, setup.Guest.Calls.Count(c => c == "windows"));
    }

    [Fact]
    public async Task Verification_that_never_passes_fails_the_step()
    {
        await using var setup = await CreateAsync();

        var ex = await Assert.ThrowsAsync<SetupStepException>(() => SetupRunner.CreateDefault().RunAsync(
            [Step("execute_with_verification", """
                {"command": ["true"], "verification": {"window_exists": "Nothing Like This"}, "max_wait_time": 0.2, "check_interval": 0.05}
                """)],
            setup.Context, Token));

        Assert.Equal("execute_with_verification", ex.StepType);
        Assert.Contains("verification", ex.Message, StringComparison.Ordinal);
    }
}

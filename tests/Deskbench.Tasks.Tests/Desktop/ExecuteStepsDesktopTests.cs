using System.Diagnostics;
using Deskbench.Core.Setup;
using Deskbench.Tasks.Setup;
using static Deskbench.Tasks.Tests.Desktop.DesktopSteps;

namespace Deskbench.Tasks.Tests.Desktop;

/// <summary>
/// Desktop tier: <c>execute</c>, <c>command</c> and <c>sleep</c> run by the real setup runner against the real guest of a
/// local desktop (commands run in the guest's session, with its HOME and the screen size of the environment).
/// </summary>
public sealed class ExecuteStepsDesktopTests(RealDesktopFixture desktop) : IClassFixture<RealDesktopFixture>
{
    [Fact]
    public async Task Execute_saves_stdout_and_stderr_into_the_task_cache_folder()
    {
        var environment = desktop.Require();
        var context = desktop.NewContext();
        var tag = Unique("out");

        await RunAsync(context, Step("execute", $$"""
            {"command": "echo {{tag}} $HOME; echo {{tag}}-err >&2", "shell": true, "stdout": "out.txt", "stderr": "logs/err.txt"}
            """));

        Assert.Equal($"{tag} {environment.HomeDirectory}\n", await File.ReadAllTextAsync(Path.Combine(context.CacheDirectory, "out.txt"), Token));
        Assert.Equal($"{tag}-err\n", await File.ReadAllTextAsync(Path.Combine(context.CacheDirectory, "logs", "err.txt"), Token));
    }

    [Fact]
    public async Task Execute_list_command_expands_home_paths_in_the_guest()
    {
        var environment = desktop.Require();
        var context = desktop.NewContext();
        var name = Unique("list") + ".txt";

        await RunAsync(context,
            Step("execute", $$"""{"command": ["sh", "-c", "printf 'from the guest' > ~/{{name}}"]}"""),
            Step("execute", $$"""{"command": ["cat", "~/{{name}}"], "stdout": "cat.txt"}"""));

        Assert.Equal("from the guest", await File.ReadAllTextAsync(Path.Combine(context.CacheDirectory, "cat.txt"), Token));
        Assert.True(File.Exists(Path.Combine(environment.HomeDirectory, name)), "the file was not written in the session's HOME");
    }

    [Fact]
    public async Task Execute_with_until_repeats_the_command_until_stdout_contains_the_text()
    {
        var environment = desktop.Require();
        var counter = Unique("count");
        var options = new SetupRunnerOptions { ExecuteRetryInterval = TimeSpan.FromMilliseconds(50) };

        // Each run counts itself in ~/counter and prints "ready" from the third run on.
        await RunAsync(desktop.NewContext(), options, Step("execute", $$"""
            {"command": "n=$(( $(cat ~/{{counter}} 2>/dev/null || echo 0) + 1 )); echo $n > ~/{{counter}}; [ $n -ge 3 ] && echo ready; true",
             "shell": true, "until": {"stdout": "ready"} }
            """));

        Assert.Equal("3\n", await ReadGuestTextAsync(environment.Guest, $"~/{counter}"));
    }

    [Fact]
    public async Task Execute_with_an_until_that_never_holds_fails_after_the_time_limit()
    {
        desktop.Require();
        var options = new SetupRunnerOptions
        {
            ExecuteRetryInterval = TimeSpan.FromMilliseconds(50),
            ExecuteUntilTimeout = TimeSpan.FromSeconds(1),
        };
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SetupStepException>(() => RunAsync(desktop.NewContext(), options,
            Step("execute", """{"command": ["echo", "not yet"], "until": {"stdout": "ready"}}""")));

        Assert.Equal("execute", error.StepType);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Command_is_an_alias_of_execute()
    {
        var environment = desktop.Require();
        var context = desktop.NewContext();
        var name = Unique("alias");

        await RunAsync(context, Step("command", $$"""{"command": "echo {{name}} | tee ~/{{name}}.txt", "shell": true, "stdout": "alias.txt"}"""));

        Assert.Equal($"{name}\n", await ReadGuestTextAsync(environment.Guest, $"~/{name}.txt"));
        Assert.Equal($"{name}\n", await File.ReadAllTextAsync(Path.Combine(context.CacheDirectory, "alias.txt"), Token));
    }

    [Fact]
    public async Task Placeholders_are_replaced_by_the_screen_size_and_the_client_password()
    {
        var environment = desktop.Require();
        var name = Unique("placeholders");
        var options = new SetupRunnerOptions { ClientPassword = "pw-" + name };

        await RunAsync(desktop.NewContext(), options,
            Step("execute", $$"""
                {"command": "echo {SCREEN_WIDTH}x{SCREEN_HEIGHT} {SCREEN_WIDTH_HALF}x{SCREEN_HEIGHT_HALF} {CLIENT_PASSWORD} > ~/{{name}}.txt", "shell": true}
                """),
            Step("command", $$"""{"command": ["sh", "-c", "echo {SCREEN_WIDTH_HALF} > ~/{{name}}-list.txt"]}"""));

        Assert.Equal(new Core.Environments.ScreenSize(1920, 1080), environment.ScreenSize);
        Assert.Equal($"1920x1080 960x540 pw-{name}\n", await ReadGuestTextAsync(environment.Guest, $"~/{name}.txt"));
        Assert.Equal("960\n", await ReadGuestTextAsync(environment.Guest, $"~/{name}-list.txt"));
    }

    [Fact]
    public async Task Sleep_pauses_for_the_given_seconds()
    {
        desktop.Require();
        var clock = Stopwatch.StartNew();

        await RunAsync(desktop.NewContext(), Step("sleep", """{"seconds": 0.4}"""));

        // Timers tick in whole milliseconds and may fire a hair early against the stopwatch.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.38), TimeSpan.FromSeconds(10));
    }
}

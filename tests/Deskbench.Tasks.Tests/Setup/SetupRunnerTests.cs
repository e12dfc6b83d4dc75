using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Setup;
using Deskbench.Tasks.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static Deskbench.Tasks.Tests.Support.SetupHarness;

namespace Deskbench.Tasks.Tests.Setup;

/// <summary><see cref="SetupRunner"/> dispatch and failure reporting, with real local processes and files behind the guest.</summary>
public sealed class SetupRunnerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void The_default_runner_supports_the_documented_step_types()
    {
        Assert.Equal(
            ["activate_window", "change_wallpaper", "chrome_close_tabs", "chrome_open_tabs", "close_window", "command", "download", "execute",
             "execute_with_verification", "googledrive", "launch", "login", "open", "sleep", "update_browse_history", "upload_file"],
            SetupRunner.CreateDefault().SupportedTypes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Unknown_step_types_are_rejected_before_any_step_runs()
    {
        await using var setup = await CreateAsync();
        var marker = Path.Combine(setup.Folder.Path, "ran");

        var ex = await Assert.ThrowsAsync<UnsupportedFeatureException>(() => SetupRunner.CreateDefault().RunAsync(
            [Step("execute", $$"""{"command": ["touch", "{{marker}}"]}"""), Step("tidy_desktop", "{}")], setup.Context, Token));

        Assert.Equal("setup step", ex.Kind);
        Assert.Equal("tidy_desktop", ex.Name);
        Assert.False(File.Exists(marker));
        Assert.Empty(setup.Guest.Calls);
    }

    [Fact]
    public async Task A_failing_step_reports_its_index_type_and_cause()
    {
        await using var setup = await CreateAsync();

        var ex = await Assert.ThrowsAsync<SetupStepException>(() => SetupRunner.CreateDefault().RunAsync(
            [Step("sleep", """{"seconds": 0}"""), Step("download", """{"files": [{"url": "https://example.org/a.txt", "path": "/tmp/a.txt"}]}""")],
            setup.Context, Token));

        Assert.Equal(1, ex.StepIndex);
        Assert.Equal("download", ex.StepType);
        Assert.IsType<AssetNotCachedException>(ex.InnerException);
        Assert.Contains("setup step 1 (download) failed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_parameters_fail_the_step_with_the_parameter_named()
    {
        await using var setup = await CreateAsync();

        var ex = await Assert.ThrowsAsync<SetupStepException>(() => SetupRunner.CreateDefault().RunAsync(
            [Step("execute", """{"command": []}""")], setup.Context, Token));

        Assert.Equal(0, ex.StepIndex);
        Assert.Contains("parameter 'command'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steps_run_in_order_against_the_guest()
    {
        await using var setup = await CreateAsync();
        var file = Path.Combine(setup.Folder.Path, "opened.txt");

        await SetupRunner.CreateDefault().RunAsync(
            [
                Step("command", $$"""{"command": "echo hi > '{{file}}'", "shell": true}"""),
                Step("open", $$"""{"path": "{{file}}"}"""),
                Step("activate_window", """{"window_name": "opened.txt - Mousepad", "strict": true}"""),
            ],
            setup.Context, Token);

        Assert.Equal("hi\n", await File.ReadAllTextAsync(file, Token));
        Assert.Equal(["open " + file, "activate opened.txt - Mousepad"], setup.Guest.Calls.Skip(1));
    }

    [Fact]
    public async Task Download_uploads_the_cached_asset_to_the_guest_path()
    {
        await using var setup = await CreateAsync();
        const string url = "https://huggingface.co/datasets/x/resolve/main/os/t/data.bin";
        Directory.CreateDirectory(setup.AssetsFolder);
        byte[] bytes = [1, 2, 3, 250];
        await File.WriteAllBytesAsync(Path.Combine(setup.AssetsFolder, FolderAssetCache.GetCacheFileName(url)), bytes, Token);
        var target = Path.Combine(setup.Folder.Path, "home", "user", "data.bin");

        await SetupRunner.CreateDefault().RunAsync(
            [Step("download", $$"""{"files": [{"url": "{{url}}", "path": "{{target}}"}]}""")], setup.Context, Token);

        Assert.Equal(bytes, await File.ReadAllBytesAsync(target, Token));
    }

    [Fact]
    public async Task Upload_file_resolves_relative_paths_against_the_task_folder()
    {
        await using var setup = await CreateAsync();
        setup.Folder.Write("tasks/os/files/input.txt", "payload");
        var target = Path.Combine(setup.Folder.Path, "guest", "input.txt");

        await SetupRunner.CreateDefault().RunAsync(
            [Step("upload_file", $$"""{"files": [{"local_path": "files/input.txt", "path": "{{target}}"}]}""")], setup.Context, Token);

        Assert.Equal("payload", await File.ReadAllTextAsync(target, Token));
    }

    [Fact]
    public async Task Sleep_waits_on_the_time_provider()
    {
        await using var setup = await CreateAsync();
        var time = new FakeTimeProvider();
        var running = SetupRunner.CreateDefault(timeProvider: time).RunAsync([Step("sleep", """{"seconds": 5}""")], setup.Context, Token);

        time.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(50, Token);
        Assert.False(running.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(0.1));
        await running.WaitAsync(TimeSpan.FromSeconds(5), Token);
        Assert.True(running.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Launch_adds_the_chrome_proxy_flag_only_when_enabled_and_the_task_asks_for_it()
    {
        await using var withProxy = await CreateAsync(proxy: true, startLaunchedProcesses: false);
        await using var withoutProxy = await CreateAsync(proxy: false, startLaunchedProcesses: false);
        var runner = SetupRunner.CreateDefault(new SetupRunnerOptions { EnableChromeProxy = true });
        SetupStep[] steps = [Step("launch", """{"command": "google-chrome --remote-debugging-port=1337"}""")];

        await runner.RunAsync(steps, withProxy.Context, Token);
        await runner.RunAsync(steps, withoutProxy.Context, Token);
        await SetupRunner.CreateDefault().RunAsync(steps, withProxy.Context, Token);

        Assert.Equal(
            [
                """["google-chrome","--remote-debugging-port=1337","--proxy-server=http://127.0.0.1:18888"]""",
                """["google-chrome","--remote-debugging-port=1337"]""",
            ],
            withProxy.Guest.Launches.Select(l => l.Command.ToJsonString()));
        Assert.Equal("""["google-chrome","--remote-debugging-port=1337"]""", Assert.Single(withoutProxy.Guest.Launches).Command.ToJsonString());
        Assert.Equal("google-chrome --remote-debugging-port=1337", steps[0].Parameters["command"]!.GetValue<string>());
    }

    [Fact]
    public async Task Launch_starts_a_real_process_without_waiting()
    {
        await using var setup = await CreateAsync();
        var marker = Path.Combine(setup.Folder.Path, "launched");

        await SetupRunner.CreateDefault().RunAsync(
            [Step("launch", $$"""{"command": "sleep 0.2 && touch '{{marker}}'", "shell": true}""")], setup.Context, Token);

        Assert.False(File.Exists(marker));
        for (var i = 0; i < 100 && !File.Exists(marker); i++)
        {
            await Task.Delay(50, Token);
        }

        Assert.True(File.Exists(marker));
    }

    [Fact]
    public async Task Window_steps_do_not_fail_when_no_window_matches()
    {
        await using var setup = await CreateAsync();
        setup.Guest.Windows.Add(new(1, "Untitled - Mousepad", "Mousepad", "mousepad", 0, 0, 800, 600, false));

        await SetupRunner.CreateDefault().RunAsync(
            [Step("activate_window", """{"window_name": "Calc"}"""), Step("close_window", """{"window_name": "mousepad"}""")],
            setup.Context, Token);

        Assert.Empty(setup.Guest.Windows);
    }
}

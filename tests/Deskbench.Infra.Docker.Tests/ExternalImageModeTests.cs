using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Guest.Client.OsWorld;
using Deskbench.Infra.Docker.External;
using Deskbench.Testing;

namespace Deskbench.Infra.Docker.Tests;

/// <summary>
/// External-image mode, proven against Deskbench's own image standing in for an OSWorld image: its guest runs in OSWorld
/// compatibility mode (<c>DESKBENCH_GUEST_COMPAT=osworld</c>: no token, pyautogui commands on <c>/execute</c>), the
/// container is created the way OSWorld's Docker provider creates one, and the harness drives it in the "osworld" dialect.
/// No OSWorld image or qcow2 is available here, so a small file stands in for the qcow2 to prove the read-only mount.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class ExternalImageModeTests : IDisposable
{
    private const string CompatVariable = "DESKBENCH_GUEST_COMPAT=osworld";
    private readonly string _scratch = Directory.CreateTempSubdirectory("deskbench-external-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Our_image_run_as_an_external_image_gets_OSWorlds_container_settings_and_types_into_a_real_app_through_the_dialect()
    {
        var image = await DockerTier.RequireImageAsync();
        var ct = TestContext.Current.CancellationToken;
        var disk = Path.Combine(_scratch, "Ubuntu.qcow2");
        await File.WriteAllTextAsync(disk, "qcow2 stand-in\n", ct);
        var runId = $"test-{Guid.NewGuid():N}";
        await using var provider = await DockerDesktopProvider.CreateAsync(
            Options(new ExternalImageOptions { Image = LinuxImageRecipe.DefaultTag, VmDisk = disk, RamSize = "2G", CpuCores = 2, Environment = [CompatVariable] }),
            TestOutputLoggerFactory.Instance, cancellationToken: ct);
        var environment = Assert.IsType<ExternalImageEnvironment>(
            await provider.AcquireAsync(new EnvironmentRequest(runId, "external", new ScreenSize(1280, 800), _scratch), ct));
        await using (environment)
        {
            var guest = Assert.IsType<OsWorldDialectGuestClient>(environment.Guest);

            // The container as OSWorld's provider makes it, plus Deskbench's labels; every port on 127.0.0.1 only.
            var inspected = await Containers.InspectAsync(environment.ContainerId);
            Assert.Equal(["5000/tcp", "8006/tcp", "8080/tcp", "9222/tcp"], inspected.HostConfig!.PortBindings!.Keys.Order(StringComparer.Ordinal));
            Assert.All(inspected.NetworkSettings!.Ports!.Values.Where(b => b is not null).SelectMany(b => b), b => Assert.Equal("127.0.0.1", b.HostIP));
            Assert.Contains("NET_ADMIN", inspected.HostConfig.CapAdd!);
            Assert.Contains("DISK_SIZE=32G", inspected.Config!.Env!);
            Assert.Contains("RAM_SIZE=2G", inspected.Config.Env!);
            Assert.Contains("CPU_CORES=2", inspected.Config.Env!);
            if (File.Exists("/dev/kvm"))
            {
                Assert.Contains(inspected.HostConfig.Devices!, d => d.PathOnHost == "/dev/kvm" && d.PathInContainer == "/dev/kvm");
                Assert.DoesNotContain("KVM=N", inspected.Config.Env!);
            }
            else
            {
                Assert.Contains("KVM=N", inspected.Config.Env!);
            }

            Assert.Contains($"{disk}:/System.qcow2:ro", inspected.HostConfig.Binds!);
            Assert.Equal(runId, inspected.Config.Labels![ContainerLabels.RunId]);
            Assert.Equal("true", inspected.Config.Labels![ContainerLabels.Managed]);

            Assert.Equal(image.Digest, environment.Properties[EnvironmentPropertyNames.ImageDigest]);
            Assert.Equal(LinuxImageRecipe.DefaultTag, environment.Properties[EnvironmentPropertyNames.Image]);
            Assert.Equal($"http://127.0.0.1:{environment.HostPortOf(9222)}", environment.Properties[EnvironmentPropertyNames.CdpUrl]);
            Assert.Equal("osworld", environment.Properties["guest_dialect"]);
            Assert.Equal(new ScreenSize(1920, 1080), environment.ScreenSize); // the image's own screen, as the server reports it

            // The disk is mounted read-only where OSWorld's image boots it from.
            var mounted = await guest.ExecuteAsync(CommandRequest.FromShell("cat /System.qcow2; touch /System.qcow2 2>/dev/null && echo writable || echo read-only"), ct);
            Assert.Equal("qcow2 stand-in\nread-only", mounted.Output.Trim());

            // A real app: the dialect's window list (xprop through /execute: the image has no wmctrl), then typed text.
            await guest.ExecuteAsync(CommandRequest.FromShell("printf '' > ~/dialect.txt"), ct);
            await guest.LaunchAsync(CommandRequest.FromArguments("mousepad", "/home/user/dialect.txt"), ct);
            var window = await WaitForWindowAsync(guest, "dialect.txt", ct);
            Assert.Equal("Mousepad", window.ClassName);
            Assert.True(await guest.ActivateWindowAsync(new WindowQuery("dialect.txt"), ct));

            const string text = "hello <dialect> wörld";
            var typed = await guest.ExecuteActionsAsync([new ClickAction(window.X + (window.Width / 2), window.Y + (window.Height / 2)), new TypeTextAction(text), new HotkeyAction(["ctrl", "s"])], ct);
            Assert.True(typed.AllSucceeded, string.Join("; ", typed.Outcomes.Select(o => $"{o.Type}: {o.Error}")));
            Assert.Equal(["click", "type_text", "hotkey"], typed.Outcomes.Select(o => o.Type));
            Assert.Equal(text, await WaitForFileAsync(guest, "/home/user/dialect.txt", text, ct));

            // Failures: a key pyautogui lacks is refused before sending; a click off the screen fails in the guest.
            var refused = await guest.ExecuteActionsAsync([new KeyPressAction("nosuchkey"), new ClickAction()], ct);
            Assert.Contains("'nosuchkey' is not a pyautogui key name", refused.Outcomes[0].Error, StringComparison.Ordinal);
            Assert.Equal((false, "not run"), (refused.Outcomes[1].Success, refused.Outcomes[1].Error));
            var offScreen = await guest.ExecuteActionsAsync([new ClickAction(99999, 99999)], ct);
            Assert.False(offScreen.AllSucceeded);
            Assert.Contains("pyautogui code failed in the guest (return code 1)", offScreen.Outcomes[0].Error, StringComparison.Ordinal);
        }

        Assert.Empty(await Containers.WithLabelAsync(ContainerLabels.RunId, runId));
    }

    [Fact]
    public async Task Readiness_times_out_with_a_clear_error_when_nothing_answers_screenshot_and_removes_the_container()
    {
        await DockerTier.RequireImageAsync();
        var ct = TestContext.Current.CancellationToken;
        var runId = $"test-{Guid.NewGuid():N}";

        // Without DESKBENCH_GUEST_COMPAT but with a token the guest serves, and refuses every request that has no token
        // (as the OSWorld client sends none): the container stays up and /screenshot never answers 200. (Without a token
        // the guest exits at once, which can beat the reading of the published ports.)
        await using var provider = await DockerDesktopProvider.CreateAsync(
            Options(new ExternalImageOptions
            {
                Image = LinuxImageRecipe.DefaultTag,
                ReadinessTimeout = TimeSpan.FromSeconds(6),
                PollInterval = TimeSpan.FromMilliseconds(500),
                Environment = ["DESKBENCH_GUEST_TOKEN=not-sent-by-the-osworld-client"],
            }),
            TestOutputLoggerFactory.Instance, cancellationToken: ct);
        var error = await Assert.ThrowsAsync<EnvironmentStartException>(
            () => provider.AcquireAsync(new EnvironmentRequest(runId, "never-ready", new ScreenSize(1280, 800), _scratch), ct));

        Assert.Contains("no OSWorld server answered GET http://127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("/screenshot with 200 within ", error.Message, StringComparison.Ordinal);
        Assert.Contains(LinuxImageRecipe.DefaultTag, error.Message, StringComparison.Ordinal);
        Assert.Contains("last error: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("; container running", error.Message, StringComparison.Ordinal); // the container's state and log tail follow
        Assert.Empty(await Containers.WithLabelAsync(ContainerLabels.RunId, runId));
    }

    [Fact]
    public async Task The_example_suite_scores_1_everywhere_through_the_cli_on_the_external_image_path()
    {
        var image = await DockerTier.RequireImageAsync();
        var results = Path.Combine(_scratch, "results");
        // External mode passes no token: only the compatibility variable lets the image's guest start, so a score proves the dialect path.
        var started = DateTime.UtcNow.AddSeconds(-1);
        var run = await CliRun.RunAsync(
            TimeSpan.FromMinutes(10),
            new Dictionary<string, string>
            {
                [ExternalImageSettings.ImageVariable] = LinuxImageRecipe.DefaultTag,
                [ExternalImageSettings.EnvironmentVariable] = CompatVariable,
                [DockerProviderSettings.ReadyTimeoutVariable] = "120",
            },
            "run", "--tasks", CliRun.ExampleSuite, "--agent", "scripted", "--provider", "docker", "--parallel", "2",
            "--results", results, "--plain");
        var output = $"{run.StandardOutput}\n{run.StandardError}";

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}\n{output}");
        var scores = Directory.EnumerateFiles(results, "result.json", SearchOption.AllDirectories).Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
        Assert.Equal(14, scores.Count); // terminal, text editor, files and Chromium (over the published DevTools port)
        Assert.All(scores, r => Assert.True((double?)r["score"] == 1.0, $"{r["task_id"]} scored {r["score"]}\n{output}"));
        var manifest = File.ReadAllText(Directory.EnumerateFiles(results, "run.json", SearchOption.AllDirectories).Single());
        Assert.Contains(image.Digest, manifest, StringComparison.Ordinal);
        var leftovers = (await Containers.WithLabelAsync(ContainerLabels.Managed, "true")).Where(c => c.Created >= started).ToList();
        Assert.True(leftovers.Count == 0, "containers left: " + string.Join(", ", leftovers.Select(c => c.Names.FirstOrDefault())));
    }

    private static DockerProviderOptions Options(ExternalImageOptions external) => DockerTier.Options() with { External = external };

    private static async Task<WindowInfo> WaitForWindowAsync(OsWorldDialectGuestClient guest, string title, CancellationToken ct)
    {
        IReadOnlyList<WindowInfo> windows = [];
        for (var attempt = 0; attempt < 100; attempt++)
        {
            windows = await guest.ListWindowsAsync(ct);
            if (windows.FirstOrDefault(w => w.Title.Contains(title, StringComparison.Ordinal)) is { } window)
            {
                return window;
            }

            await Task.Delay(200, ct);
        }

        Assert.Fail($"no window titled *{title}* after 20 s; windows: {string.Join(", ", windows.Select(w => $"{w.Title} ({w.ClassName})"))}");
        throw new InvalidOperationException("unreachable");
    }

    private static async Task<string> WaitForFileAsync(OsWorldDialectGuestClient guest, string path, string expected, CancellationToken ct)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 50 && text != expected; attempt++)
        {
            await Task.Delay(200, ct);
            text = await guest.DownloadFileAsync(path, ct) is { } bytes ? Encoding.UTF8.GetString(bytes).TrimEnd('\n') : string.Empty;
        }

        return text;
    }
}

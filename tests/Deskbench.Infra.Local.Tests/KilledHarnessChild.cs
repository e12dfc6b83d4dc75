using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using System.Diagnostics;
using System.Globalization;

namespace Deskbench.Infra.Local.Tests;

/// <summary>
/// The "harness" that <see cref="KilledHarnessSweepTests"/> kills with SIGKILL: this test assembly started again as a
/// child process, running only the explicit test below, which acquires a real desktop under the given work root, writes
/// where its folders are to <see cref="ReadyFileName"/>, and holds the desktop until it is killed (or a minute passes).
/// </summary>
public sealed class KilledHarnessChild
{
    public const string WorkRootVariable = "DESKBENCH_TEST_KILLED_HARNESS_WORK_ROOT";
    public const string RuntimeRootVariable = "DESKBENCH_TEST_KILLED_HARNESS_RUNTIME_ROOT";
    public const string ReadyFileName = "ready.txt";

    private static readonly TimeSpan HoldLimit = TimeSpan.FromMinutes(1);

    /// <summary>Starts this assembly's explicit <see cref="Holds_a_desktop_until_killed"/> as a child process.</summary>
    public static Process Start(string workRoot, string runtimeRoot)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "exec", typeof(KilledHarnessChild).Assembly.Location,
            "-method", $"{typeof(KilledHarnessChild).FullName}.{nameof(Holds_a_desktop_until_killed)}",
            "-explicit", "only", "-noLogo", "-noColor",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[WorkRootVariable] = workRoot;
        start.Environment[RuntimeRootVariable] = runtimeRoot;
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [Fact(Explicit = true)]
    public async Task Holds_a_desktop_until_killed()
    {
        var workRoot = Environment.GetEnvironmentVariable(WorkRootVariable);
        var runtimeRoot = Environment.GetEnvironmentVariable(RuntimeRootVariable);
        if (workRoot is null || runtimeRoot is null)
        {
            Assert.Skip($"runs only as the child process of {nameof(KilledHarnessSweepTests)} ({WorkRootVariable} is not set)");
        }

        var token = TestContext.Current.CancellationToken;
        var provider = new LocalDesktopProvider(
            new LocalProviderOptions { RuntimeRoot = runtimeRoot, StaleScratchRoots = [workRoot], SweepStaleScratch = false },
            TestOutputLog.Instance);
        // As the episode runner lays it out, deep enough that the runtime folder moves to the runtime root.
        var environmentFolder = Path.Combine(workRoot, "run-killed-harness", "task-killed-harness", "environment");
        await using var environment = (LocalDesktopEnvironment)await provider.AcquireAsync(
            new EnvironmentRequest("run-killed-harness", "task", ScreenSize.Default, environmentFolder), token);
        var runtime = (await environment.Guest.ExecuteAsync(CommandRequest.FromShell("echo $XDG_RUNTIME_DIR"), token)).Output.Trim();
        var ready = Path.Combine(workRoot, ReadyFileName);
        File.WriteAllLines(ready + ".tmp", [environment.HomeDirectory, runtime, environment.ProcessId.ToString(CultureInfo.InvariantCulture)]);
        File.Move(ready + ".tmp", ready);

        await Task.Delay(HoldLimit, token);
    }
}

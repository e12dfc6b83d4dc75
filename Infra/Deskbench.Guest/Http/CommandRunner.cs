using System.ComponentModel;
using System.Diagnostics;
using Deskbench.Guest.Session;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// Runs a command to completion as the guest's user, with the session environment and a time limit (<c>/execute</c>). Each
/// command leads its own process group; a group that outlives its command (a backgrounded server) is handed to
/// <paramref name="leftovers"/> so the guest can end it when it shuts its session down.
/// </summary>
public sealed class CommandRunner(SessionEnvironment environment, ProcessGroupSet leftovers, ILogger<CommandRunner> logger)
{
    private const string SetsidPath = "/usr/bin/setsid";

    /// <summary>How long output is still collected after the command exited, for grandchildren that keep the pipes open.</summary>
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="command"/>; throws <see cref="GuestCommandException"/> when it cannot start or times out.</summary>
    public async Task<CommandResultBody> RunAsync(GuestCommandLine command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var process = Start(command, environment);
        var output = new OutputBuffer(process.StandardOutput.BaseStream);
        var error = new OutputBuffer(process.StandardError.BaseStream);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            _ = PosixNative.SignalProcessGroup(process.Id, PosixNative.SigKill);
            cancellationToken.ThrowIfCancellationRequested();
            logger.LogInformation("Command {Command} timed out after {Seconds} s", command.Description, timeout.TotalSeconds);
            throw new GuestCommandException($"Command {command.PythonRepr} timed out after {FormatSeconds(timeout)} seconds");
        }

        await Task.WhenAll(output.Completion, error.Completion).WaitAsync(OutputGrace, CancellationToken.None)
            .ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
        leftovers.Add(process.Id);
        logger.LogDebug("Command {Command} exited with {Code}", command.Description, process.ExitCode);
        return new CommandResultBody(output.Text, error.Text, process.ExitCode);
    }

    /// <summary>Starts the command with redirected stdio (stdin closed), in the user's home folder.</summary>
    internal static Process Start(GuestCommandLine command, SessionEnvironment environment)
    {
        if (command.Arguments.Count == 0)
        {
            throw new GuestCommandException("list index out of range: the command is empty");
        }

        var program = command.Arguments[0];
        var searchPath = environment.Variables.TryGetValue("PATH", out var path) ? path : Environment.GetEnvironmentVariable("PATH");
        var resolved = ExecutableLookup.Find(program, searchPath)
            ?? throw new GuestCommandException(
                File.Exists(program) ? $"[Errno 13] Permission denied: {GuestPaths.PythonRepr(program)}"
                                     : $"[Errno 2] No such file or directory: {GuestPaths.PythonRepr(program)}");
        // setsid execs the program in place (same pid), as the leader of a new process group.
        var useSetsid = File.Exists(SetsidPath);
        var startInfo = new ProcessStartInfo(useSetsid ? SetsidPath : resolved)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory.Exists(environment.HomeDirectory) ? environment.HomeDirectory : "/",
        };
        if (useSetsid)
        {
            // The name as given (setsid searches the same PATH), so the program sees the argv[0] Python would give it.
            startInfo.ArgumentList.Add("--");
            startInfo.ArgumentList.Add(program);
        }

        foreach (var argument in command.Arguments.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        environment.ApplyTo(startInfo);
        try
        {
            var process = Process.Start(startInfo) ?? throw new GuestCommandException($"{program} did not start");
            process.StandardInput.Close();
            return process;
        }
        catch (Win32Exception exception)
        {
            throw new GuestCommandException($"[Errno {exception.NativeErrorCode}] {exception.Message}: {GuestPaths.PythonRepr(program)}", exception);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static string FormatSeconds(TimeSpan timeout) =>
        timeout.TotalSeconds == Math.Floor(timeout.TotalSeconds)
            ? ((long)timeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

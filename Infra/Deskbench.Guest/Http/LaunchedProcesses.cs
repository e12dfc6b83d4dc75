using System.Collections.Concurrent;
using Deskbench.Guest.Session;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// Applications started without waiting (<c>/setup/launch</c>, <c>/setup/open_file</c>): each in its own process group, its
/// output drained to the log, reaped when it exits. When the guest owns the session, disposing stops those still running,
/// the groups they left behind, and the <see cref="Leftovers"/> of finished commands.
/// </summary>
public sealed class LaunchedProcesses(
    SessionEnvironment environment,
    ILogger<LaunchedProcesses> logger,
    bool stopOnDispose,
    TimeProvider timeProvider) : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<int, SessionProcess> _running = new();

    /// <summary>Process groups that outlived their leader (background children of launched apps and of commands).</summary>
    public ProcessGroupSet Leftovers { get; } = new();

    /// <summary>How many launched processes are still running.</summary>
    public int RunningCount => _running.Count;

    /// <summary>Starts <paramref name="command"/>; throws <see cref="GuestCommandException"/> when the program does not exist.</summary>
    public SessionProcess Launch(GuestCommandLine command)
    {
        if (command.Arguments.Count == 0)
        {
            throw new GuestCommandException("list index out of range: the command is empty");
        }

        var program = command.Arguments[0];
        var searchPath = environment.Variables.TryGetValue("PATH", out var path) ? path : Environment.GetEnvironmentVariable("PATH");
        if (ExecutableLookup.Find(program, searchPath) is null)
        {
            throw new GuestCommandException(
                File.Exists(program) ? $"[Errno 13] Permission denied: {GuestPaths.PythonRepr(program)}"
                                     : $"[Errno 2] No such file or directory: {GuestPaths.PythonRepr(program)}");
        }

        var process = SessionProcess.Start(program, command.Arguments.Skip(1), environment, logger);
        _running[process.Id] = process;
        logger.LogInformation("Launched {Command} (pid {Pid})", command.Description, process.Id);
        _ = ReapAsync(process);
        return process;
    }

    private async Task ReapAsync(SessionProcess process)
    {
        await process.Exited.ConfigureAwait(false);
        if (_running.TryRemove(process.Id, out _))
        {
            logger.LogDebug("{Name} (pid {Pid}) exited with {Code}", process.Name, process.Id, process.ExitCode);
            Leftovers.Add(process.Id);
            process.ReleaseAfterExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopOnDispose)
        {
            return;
        }

        var running = _running.Values.ToList();
        _running.Clear();
        await Task.WhenAll(running.Select(p => p.StopAsync(StopGrace)).Append(Leftovers.StopAllAsync(StopGrace, timeProvider)))
            .ConfigureAwait(false);
        foreach (var process in running)
        {
            await process.DisposeAsync().ConfigureAwait(false);
        }
    }
}

using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Session;

/// <summary>
/// A child process started in its own process group (through <c>setsid</c>), so that stopping it also stops whatever it
/// spawned. Its stderr (and stdout unless the caller reads it) is drained to the log.
/// </summary>
public sealed class SessionProcess : IAsyncDisposable
{
    private const string SetsidPath = "/usr/bin/setsid";
    private readonly Process _process;
    private readonly ILogger _logger;
    private readonly string _name;
    private readonly Task _exited;
    private readonly Queue<string> _recentErrorLines = new();
    private readonly List<Task> _drains = [];
    private int _stopped;

    private SessionProcess(Process process, string name, ILogger logger)
    {
        _process = process;
        _name = name;
        _logger = logger;
        _exited = process.WaitForExitAsync();
    }

    public int Id => _process.Id;

    public string Name => _name;

    public bool HasExited => _exited.IsCompleted;

    /// <summary>Completes when the process has exited (and has been reaped).</summary>
    public Task Exited => _exited;

    /// <summary>The exit code, once <see cref="HasExited"/>.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines the child wrote to stderr (at most 20), for error messages.</summary>
    public string RecentErrorOutput
    {
        get
        {
            lock (_recentErrorLines)
            {
                return string.Join('\n', _recentErrorLines);
            }
        }
    }

    /// <summary>The child's stdout when started with <c>readStandardOutput</c>.</summary>
    public StreamReader StandardOutput => _process.StandardOutput;

    /// <summary>Starts <paramref name="program"/> as the leader of a new process group with the session's environment.</summary>
    public static SessionProcess Start(
        string program,
        IEnumerable<string> arguments,
        SessionEnvironment? environment,
        ILogger logger,
        bool readStandardOutput = false)
    {
        var useSetsid = File.Exists(SetsidPath);
        var startInfo = new ProcessStartInfo(useSetsid ? SetsidPath : program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (useSetsid)
        {
            startInfo.ArgumentList.Add("--");
            startInfo.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            environment.ApplyTo(startInfo);
        }
        else
        {
            foreach (var withheld in SessionEnvironment.WithheldVariables)
            {
                startInfo.Environment.Remove(withheld);
            }
        }

        // gvfs (activated through the session bus by GTK apps) must not mount its FUSE bridge: a FUSE mount left by a
        // desktop torn down under load cannot be removed with its runtime folder.
        startInfo.Environment[SessionEnvironment.DisableGvfsFuseVariable] = "1";
        var name = Path.GetFileName(program);
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        var child = new SessionProcess(process, name, logger);
        child.DrainToLog(process.StandardError, "stderr");
        if (!readStandardOutput)
        {
            child.DrainToLog(process.StandardOutput, "stdout");
        }

        logger.LogDebug("Started {Name} (pid {Pid})", name, process.Id);
        return child;
    }

    /// <summary>Drains a stream of the child line by line into the debug log, until it closes.</summary>
    public void DrainToLog(StreamReader reader, string streamName) =>
        _drains.Add(Task.Run(async () =>
        {
            try
            {
                while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
                {
                    RememberErrorLine(streamName, line);
                    _logger.LogDebug("{Name}[{Pid}] {Stream}: {Line}", _name, _process.Id, streamName, line);
                }
            }
            catch (IOException)
            {
            }
            catch (ObjectDisposedException)
            {
            }
        }));

    /// <summary>Completes when the process has exited and the streams drained to the log have closed.</summary>
    public Task ExitedAndDrainedAsync(TimeSpan timeout) =>
        Task.WhenAll([_exited, .. _drains]).WaitAsync(timeout).ContinueWith(static _ => { }, TaskScheduler.Default);

    private void RememberErrorLine(string streamName, string line)
    {
        if (streamName != "stderr")
        {
            return;
        }

        lock (_recentErrorLines)
        {
            _recentErrorLines.Enqueue(line);
            while (_recentErrorLines.Count > 20)
            {
                _recentErrorLines.Dequeue();
            }
        }
    }

    /// <summary>
    /// Stops the whole process group: SIGTERM, then SIGKILL after <paramref name="grace"/>. Safe to call more than once.
    /// </summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            await _exited.ConfigureAwait(false);
            return;
        }

        var groupId = _process.Id;
        var signalled = TimeProvider.System.GetTimestamp();
        _ = PosixNative.SignalProcessGroup(groupId, PosixNative.SigTerm);
        if (!HasExited)
        {
            _ = PosixNative.SignalProcess(groupId, PosixNative.SigTerm);
        }

        try
        {
            await _exited.WaitAsync(grace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.LogDebug("{Name} (pid {Pid}) ignored SIGTERM; killing it", _name, groupId);
        }

        // The leader often exits at once while other members of its group still clean up after the SIGTERM: the session
        // D-Bus daemon's activated services live in its group, and gvfsd-fuse must unmount $XDG_RUNTIME_DIR/gvfs or it
        // leaves a dead FUSE mount (and an undeletable folder) behind. They get the rest of the grace period.
        var left = grace - TimeProvider.System.GetElapsedTime(signalled);
        if (left > TimeSpan.Zero)
        {
            await ProcessGroupMembers.WaitUntilEmptyAsync(groupId, left, TimeProvider.System).ConfigureAwait(false);
        }

        // Whatever is left in the group (the leader, or children it left behind) is killed outright.
        _ = PosixNative.SignalProcessGroup(groupId, PosixNative.SigKill);
        if (!HasExited)
        {
            _ = PosixNative.SignalProcess(groupId, PosixNative.SigKill);
            await _exited.ConfigureAwait(false);
        }

        _logger.LogDebug("Stopped {Name} (pid {Pid})", _name, groupId);
    }

    /// <summary>Releases the process handle of a child that has exited by itself, leaving its process group alone.</summary>
    public void ReleaseAfterExit()
    {
        if (HasExited && Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            _process.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        _process.Dispose();
    }
}

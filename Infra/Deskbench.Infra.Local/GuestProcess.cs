using Deskbench.Core.Guest;
using Microsoft.Extensions.Logging;
using System.Diagnostics;

namespace Deskbench.Infra.Local;

/// <summary>
/// The guest service started through <c>setsid</c>, so it leads its own process group (pgid = its pid) together with the
/// Xvfb, D-Bus, AT-SPI and openbox it starts. Drains stdout/stderr into the log (pipes never fill), watches stdout for the
/// ready line, and on disposal terminates the whole group: SIGTERM, a grace period, then SIGKILL.
/// </summary>
internal sealed class GuestProcess : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan StderrSettleTime = TimeSpan.FromMilliseconds(500);

    private readonly Process _process;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _gracePeriod;
    private readonly string _label;
    private readonly RecentLines _errorLines = new(20);
    private readonly TaskCompletionSource<Uri> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    private GuestProcess(Process process, string label, ILogger logger, TimeProvider timeProvider, TimeSpan gracePeriod)
    {
        _process = process;
        _label = label;
        _logger = logger;
        _timeProvider = timeProvider;
        _gracePeriod = gracePeriod;
    }

    /// <summary>Process id, which is also the process group id (setsid execs in place).</summary>
    public int Id { get; private set; }

    public IReadOnlyList<string> LastErrorLines => _errorLines.Snapshot();

    /// <summary>
    /// Starts <c>setsid <paramref name="command"/>…</c> with <paramref name="environment"/> applied on top of this process's
    /// environment (a null value removes a variable).
    /// </summary>
    public static GuestProcess Start(
        IReadOnlyList<string> command,
        IReadOnlyDictionary<string, string?> environment,
        string label,
        ILogger logger,
        TimeProvider timeProvider,
        TimeSpan gracePeriod)
    {
        var startInfo = new ProcessStartInfo("setsid")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var guest = new GuestProcess(process, label, logger, timeProvider, gracePeriod);
        process.OutputDataReceived += (_, e) => guest.OnOutputLine(e.Data);
        process.ErrorDataReceived += (_, e) => guest.OnErrorLine(e.Data);
        process.Exited += (_, _) => _ = guest.OnExitedAsync();
        process.Start();
        guest.Id = process.Id;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        logger.LogDebug("{Label}: started pid {Pid}: setsid {Command}", label, guest.Id, string.Join(' ', command));
        return guest;
    }

    /// <summary>The base URL from the ready line; throws <see cref="GuestExitedException"/> when the process ends first.</summary>
    public Task<Uri> WaitForReadyLineAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        var groupId = Id;
        // The guest may have moved its children (Xvfb, buses, apps) to groups of their own: note them all before they are
        // re-parented, so none outlives the environment even if the guest itself has to be killed.
        // Processes the guest started carry its environment id: they are found even when the guest died first (a crash, an
        // OOM kill) and its children were re-parented to init.
        var descendants = ProcessGroup.Descendants(groupId).Concat(ProcessGroup.Marked(GuestEnvironment.EnvironmentIdVariable, _label))
            .DistinctBy(p => p.Pid).ToList();
        SignalGroup(groupId, LibC.SIGTERM);
        foreach (var orphan in descendants.Where(p => p.ParentId == 1 && p.GroupId != groupId))
        {
            // No guest left to stop it: ask it directly.
            LibC.Kill(orphan.Pid, LibC.SIGTERM);
        }

        if (!await WaitUntilGoneAsync(groupId, descendants, _gracePeriod).ConfigureAwait(false))
        {
            var remaining = descendants.Concat(ProcessGroup.Descendants(groupId)).Where(ProcessGroup.IsStillRunning).Distinct().ToList();
            _logger.LogWarning("{Label}: still running {Grace} s after SIGTERM, sending SIGKILL: group {Pgid} {Members}, descendants {Descendants}",
                _label, _gracePeriod.TotalSeconds, groupId, string.Join(',', ProcessGroup.LiveMembers(groupId)),
                string.Join(',', remaining.Select(p => p.Pid)));
            SignalGroup(groupId, LibC.SIGKILL);
            foreach (var process in remaining)
            {
                if (process.GroupId == process.Pid)
                {
                    ProcessGroup.Signal(process.Pid, LibC.SIGKILL);
                }

                if (ProcessGroup.IsStillRunning(process))
                {
                    LibC.Kill(process.Pid, LibC.SIGKILL);
                }
            }

            await WaitUntilGoneAsync(groupId, remaining, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }

        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(1), _timeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.LogDebug("{Label}: output pipes still open after the group ended", _label);
        }

        _ready.TrySetCanceled();
        _process.Dispose();
    }

    private void SignalGroup(int groupId, int signal)
    {
        // The group exists once setsid ran; right after fork it may not yet, so signal the process itself too.
        ProcessGroup.Signal(groupId, signal);
        LibC.Kill(groupId, signal);
    }

    private async Task<bool> WaitUntilGoneAsync(int groupId, IReadOnlyList<ProcessStat> descendants, TimeSpan limit)
    {
        var started = _timeProvider.GetTimestamp();
        while (true)
        {
            var groupGone = !ProcessGroup.Signal(groupId, 0) || ProcessGroup.LiveMembers(groupId).Count == 0;
            if (groupGone && !descendants.Any(ProcessGroup.IsStillRunning))
            {
                return true;
            }

            if (_timeProvider.GetElapsedTime(started) >= limit)
            {
                return false;
            }

            await Task.Delay(PollInterval, _timeProvider).ConfigureAwait(false);
        }
    }

    private void OnOutputLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _logger.LogDebug("{Label} stdout: {Line}", _label, line);
        if (line.StartsWith(GuestProtocol.ReadyLinePrefix, StringComparison.Ordinal)
            && Uri.TryCreate(line[GuestProtocol.ReadyLinePrefix.Length..].Trim(), UriKind.Absolute, out var url))
        {
            _ready.TrySetResult(url);
        }
    }

    private void OnErrorLine(string? line)
    {
        if (line is null)
        {
            _stderrClosed.TrySetResult();
            return;
        }

        _errorLines.Add(line);
        _logger.LogDebug("{Label} stderr: {Line}", _label, line);
    }

    private async Task OnExitedAsync()
    {
        if (_ready.Task.IsCompleted)
        {
            _logger.LogDebug("{Label}: guest process {Pid} exited", _label, Id);
            return;
        }

        // Let the last stderr lines arrive (they explain the failure), but do not wait on pipes a child may still hold.
        await Task.WhenAny(_stderrClosed.Task, Task.Delay(StderrSettleTime, _timeProvider)).ConfigureAwait(false);
        int? exitCode = null;
        try
        {
            exitCode = _process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            // Disposed meanwhile.
        }

        _ready.TrySetException(new GuestExitedException(exitCode, _errorLines.Snapshot()));
    }
}

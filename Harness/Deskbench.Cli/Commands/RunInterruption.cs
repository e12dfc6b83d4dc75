using System.Runtime.InteropServices;

namespace Deskbench.Cli.Commands;

/// <summary>
/// Turns Ctrl+C into the run's two stops: the first (or the command line's own cancellation) stops taking tasks and
/// lets running episodes finish, within a grace period; a second Ctrl+C, SIGTERM or the end of the grace period aborts
/// them (their desktops are disposed).
/// </summary>
public sealed class RunInterruption : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly TextWriter _output;
    private readonly TimeSpan _grace;
    private readonly CancellationTokenRegistration _commandLineCancellation;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _stopAnnounced;

    public RunInterruption(TextWriter output, TimeSpan grace, CancellationToken commandLineCancellation)
    {
        _output = output;
        _grace = grace;
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnInterrupt);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnTerminate);
        _commandLineCancellation = commandLineCancellation.Register(RequestStop);
    }

    /// <summary>Fires when no further task may start.</summary>
    public CancellationToken StopTakingTasks => _stop.Token;

    /// <summary>Fires when running episodes must end now.</summary>
    public CancellationToken Abort => _abort.Token;

    public void Dispose()
    {
        _commandLineCancellation.Dispose();
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
        _abort.Dispose();
    }

    private void OnInterrupt(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Volatile.Read(ref _stopAnnounced) == 1)
        {
            RequestAbort("a second Ctrl+C");
        }
        else
        {
            RequestStop();
        }
    }

    private void OnTerminate(PosixSignalContext context)
    {
        context.Cancel = true;
        RequestStop();
        RequestAbort("SIGTERM");
    }

    private void RequestStop()
    {
        if (Interlocked.Exchange(ref _stopAnnounced, 1) == 1)
        {
            return;
        }

        _output.WriteLine(
            $"deskbench: stopping: no new task starts; running episodes finish (within {_grace.TotalSeconds:0} s; Ctrl+C again aborts them)");
        try
        {
            _stop.Cancel();
            _abort.CancelAfter(_grace);
        }
        catch (ObjectDisposedException)
        {
            // The run already ended.
        }
    }

    private void RequestAbort(string why)
    {
        try
        {
            if (!_abort.IsCancellationRequested)
            {
                _output.WriteLine($"deskbench: {why}: aborting the running episodes");
                _abort.Cancel();
            }
        }
        catch (ObjectDisposedException)
        {
            // The run already ended.
        }
    }
}

using System.Diagnostics;
using System.Text;
using Deskbench.Core.Guest;

namespace Deskbench.Guest.Tests.Session;

/// <summary>The real <c>deskbench-guest</c> executable started as a child, with its stdout lines and stderr captured.</summary>
internal sealed class GuestExecutable : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _outputLines = [];
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private GuestExecutable(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _ready.TrySetException(new InvalidOperationException("the guest closed stdout without a ready line: " + Errors));
                return;
            }

            lock (_outputLines)
            {
                _outputLines.Add(e.Data);
            }

            if (e.Data.StartsWith(GuestProtocol.ReadyLinePrefix, StringComparison.Ordinal))
            {
                _ready.TrySetResult(e.Data[GuestProtocol.ReadyLinePrefix.Length..]);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_errors)
                {
                    _errors.AppendLine(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static string ExecutablePath => Path.Combine(AppContext.BaseDirectory, "deskbench-guest");

    public int Id => _process.Id;

    public Stopwatch SinceStart { get; } = Stopwatch.StartNew();

    public IReadOnlyList<string> OutputLines
    {
        get
        {
            lock (_outputLines)
            {
                return [.. _outputLines];
            }
        }
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Starts the guest with <paramref name="arguments"/>; <paramref name="token"/> goes in the environment (null removes it).</summary>
    public static GuestExecutable Start(IEnumerable<string> arguments, string? token)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (token is null)
        {
            start.Environment.Remove(GuestProtocol.TokenEnvironmentVariable);
        }
        else
        {
            start.Environment[GuestProtocol.TokenEnvironmentVariable] = token;
        }

        return new GuestExecutable(Process.Start(start) ?? throw new InvalidOperationException("deskbench-guest did not start"));
    }

    /// <summary>The base URL from the ready line.</summary>
    public async Task<Uri> WaitForReadyAsync(TimeSpan timeout)
    {
        try
        {
            return new Uri(await _ready.Task.WaitAsync(timeout, TestContext.Current.CancellationToken));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no ready line within {timeout}; stderr: {Errors}");
        }
    }

    /// <summary>Waits for the exit and returns the exit code; throws when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(timeout, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the guest did not exit within {timeout}; stderr: {Errors}");
        }

        _process.WaitForExit(); // flushes the redirected streams
        return _process.ExitCode;
    }

    public Task TerminateAsync() => ProcessSignals.SendAsync(_process.Id, "TERM");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await TerminateAsync();
            try
            {
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}

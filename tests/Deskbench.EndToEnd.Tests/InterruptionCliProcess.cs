using System.Diagnostics;
using System.Globalization;
using System.Text;
using Deskbench.Testing;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// The built <c>deskbench</c> CLI running as a separate process that the test can watch line by line and interrupt: Ctrl+C
/// (SIGINT) through <c>kill</c>, or SIGKILL. Started through <c>env --default-signal=INT</c> so SIGINT reaches it even when
/// the test host runs with SIGINT ignored (a background job of a non-interactive shell: .NET keeps an inherited "ignore").
/// Every process of the run carries <see cref="InterruptionProcessScan.VariableName"/>=<see cref="Marker"/>.
/// </summary>
internal sealed class InterruptionCliProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _errorsClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private InterruptionCliProcess(Process process, string marker)
    {
        _process = process;
        Marker = marker;
    }

    /// <summary>The value of <see cref="InterruptionProcessScan.VariableName"/> in every process of this run.</summary>
    public string Marker { get; }

    /// <summary>The pid of the <c>dotnet deskbench.dll</c> process (env execs in place).</summary>
    public int Id => _process.Id;

    public string StandardOutput => Snapshot(_output);

    public string StandardError => Snapshot(_errors);

    /// <summary>Starts <c>deskbench <paramref name="arguments"/></c> with <paramref name="environment"/> added to ours.</summary>
    public static InterruptionCliProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "deskbench.dll");
        Assert.True(File.Exists(cli), $"the CLI was not built next to the tests: {cli}");
        var marker = Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = DeskbenchCli.RepositoryRoot,
        };
        foreach (var argument in (string[])["--default-signal=INT", "dotnet", cli, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[InterruptionProcessScan.VariableName] = marker;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var cliProcess = new InterruptionCliProcess(process, marker);
        process.OutputDataReceived += (_, e) => cliProcess.Append(cliProcess._output, cliProcess._outputClosed, e.Data);
        process.ErrorDataReceived += (_, e) => cliProcess.Append(cliProcess._errors, cliProcess._errorsClosed, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cliProcess;
    }

    /// <summary>Waits until stdout has a line containing <paramref name="text"/>; fails the test (with the output) when it never comes.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!StandardOutput.Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > limit || _process.HasExited)
            {
                Assert.Fail($"'{text}' did not appear within {limit.TotalSeconds:0} s (exited: {_process.HasExited})\n{StandardOutput}\n{StandardError}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Sends Ctrl+C's signal to the CLI process only (not to its group), as <c>kill -INT</c> does.</summary>
    public async Task InterruptAsync()
    {
        var kill = await Tool.RunAsync("kill", ["-s", "INT", Id.ToString(CultureInfo.InvariantCulture)], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(kill.Succeeded, $"kill -INT {Id}: {kill.StandardError}");
    }

    /// <summary>SIGKILL to the CLI process only: no handler runs, no cleanup of its own.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: false);

    /// <summary>The exit code once the CLI exits within <paramref name="limit"/> (output drained), else null.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan limit)
    {
        try
        {
            await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(limit, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }

        // The pipes may be held a moment longer by a child; the exit is what counts, the output is for messages.
        await Task.WhenAny(Task.WhenAll(_outputClosed.Task, _errorsClosed.Task), Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Already gone, or stuck: the scan below still kills what it finds.
        }
        finally
        {
            _process.Dispose();
            InterruptionProcessScan.KillAll(Marker);
        }
    }

    private static string Snapshot(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    private void Append(StringBuilder text, TaskCompletionSource closed, string? line)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }
}

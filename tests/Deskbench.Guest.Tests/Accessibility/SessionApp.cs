using System.Diagnostics;
using System.Text;
using Deskbench.Guest.Session;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>
/// An application started with a desktop session's environment (DISPLAY, the session bus, the accessibility switches) in
/// its own process group and with a scratch HOME. Disposing kills the group (continuing it first if it was stopped).
/// </summary>
public sealed class SessionApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SessionApp(Process process, string home)
    {
        _process = process;
        Home = home;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Home { get; }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static SessionApp Start(
        SessionEnvironment environment,
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var home = Directory.CreateTempSubdirectory("deskbench-a11y-app-").FullName;
        var start = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = home,
        };
        start.ArgumentList.Add(fileName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        environment.ApplyTo(start);
        start.Environment["HOME"] = home;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        return new SessionApp(process, home);
    }

    /// <summary>Sends <paramref name="signal"/> (STOP, CONT, KILL) to the app's whole process group (setsid made it the leader).</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", signal, "--", "-" + _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        });
        kill?.WaitForExit();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Signal("CONT");
        Signal("KILL");
        try
        {
            await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // Reported by the leak checks of the session, if any.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // LibreOffice may still be writing its profile; a scratch folder under /tmp.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}

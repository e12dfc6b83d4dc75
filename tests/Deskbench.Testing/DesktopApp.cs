using System.Diagnostics;
using System.Text;

namespace Deskbench.Testing;

/// <summary>
/// A real application started on an <see cref="XvfbDisplay"/> with its own scratch HOME (and XDG folders inside it), so
/// no user settings leak in. Output is captured for failure messages; disposing kills the process tree and deletes HOME.
/// </summary>
public sealed class DesktopApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly XvfbDisplay display;
    private readonly StringBuilder output = new();

    private DesktopApp(Process process, XvfbDisplay display, string home)
    {
        this.process = process;
        this.display = display;
        Home = home;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The app's private HOME directory.</summary>
    public string Home { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The exit code once the app has exited, else null.</summary>
    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    /// <summary>What the app printed so far (stdout and stderr interleaved).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="fileName"/> on <paramref name="display"/>. <paramref name="environment"/> adds or overrides
    /// variables; the working directory is the app's HOME unless <paramref name="workingDirectory"/> is given. LANG defaults to
    /// C.UTF-8 so terminals and editors read and write UTF-8.
    /// </summary>
    public static DesktopApp Start(
        XvfbDisplay display,
        string fileName,
        IEnumerable<string>? arguments = null,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(display);
        var home = Directory.CreateTempSubdirectory("deskbench-app-").FullName;
        var start = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? home,
        };
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DISPLAY"] = display.Name;
        start.Environment["HOME"] = home;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        start.Environment["XDG_RUNTIME_DIR"] = home;
        start.Environment["NO_AT_BRIDGE"] = "1";
        if (!start.Environment.ContainsKey("LC_ALL"))
        {
            start.Environment["LANG"] = "C.UTF-8";
        }

        start.Environment.Remove("DBUS_SESSION_BUS_ADDRESS");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        return new DesktopApp(process, display, home);
    }

    /// <summary>Waits until a window of this display satisfies <paramref name="match"/> (e.g. title contains, or class is).</summary>
    public async Task<X11ClientWindow> WaitForWindowAsync(
        Func<X11ClientWindow, bool> match, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await X11ClientWindows.WaitForAsync(display, match, timeout ?? TimeSpan.FromSeconds(20), cancellationToken: cancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{System.Environment.NewLine}App exited: {HasExited}. App output:{System.Environment.NewLine}{Output}", e);
        }
    }

    /// <summary>Waits until the window titled with <paramref name="titlePart"/> (case-insensitive substring) appears.</summary>
    public Task<X11ClientWindow> WaitForWindowTitledAsync(string titlePart, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitForWindowAsync(window => window.Title.Contains(titlePart, StringComparison.OrdinalIgnoreCase), timeout, cancellationToken);

    /// <summary>Waits for the app to exit by itself; true when it did within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }

        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a scratch folder under /tmp.
        }
    }
}

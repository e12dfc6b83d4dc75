using System.Diagnostics;
using System.Globalization;

namespace Deskbench.Testing;

/// <summary>
/// A private Xvfb X server (optionally with openbox) on a free display number, for desktop-tier tests. The server picks
/// the number itself (<c>-displayfd</c>), so parallel test runs never collide; disposing kills both processes.
/// </summary>
public sealed class XvfbDisplay : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly Process server;
    private Process? windowManager;

    private XvfbDisplay(Process server, int number, XvfbDisplayOptions options, string home)
    {
        this.server = server;
        Number = number;
        Options = options;
        Home = home;
    }

    /// <summary>The display number N (the display is ":N").</summary>
    public int Number { get; }

    /// <summary>The DISPLAY value, ":N".</summary>
    public string Name => ":" + Number.ToString(CultureInfo.InvariantCulture);

    public XvfbDisplayOptions Options { get; }

    public int Width => Options.Width;

    public int Height => Options.Height;

    /// <summary>A scratch HOME for the window manager (apps get their own, see <see cref="DesktopApp"/>).</summary>
    public string Home { get; }

    public bool HasWindowManager => windowManager is not null;

    /// <summary>Environment variables a process needs to draw on this display.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DISPLAY"] = Name,
    };

    /// <summary>Starts Xvfb (and openbox unless <see cref="XvfbDisplayOptions.WindowManager"/> is false) and waits until both are ready.</summary>
    public static async Task<XvfbDisplay> StartAsync(XvfbDisplayOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new XvfbDisplayOptions();
        var start = new ProcessStartInfo("Xvfb")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-displayfd", "1", "-screen", "0", $"{options.Width}x{options.Height}x{options.Depth}", "-nolisten", "tcp", "-noreset",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var server = Process.Start(start) ?? throw new InvalidOperationException("Could not start Xvfb.");
        var errors = new StringWriter();
        server.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.WriteLine(e.Data);
            }
        };
        server.BeginErrorReadLine();
        var home = Directory.CreateTempSubdirectory("deskbench-xvfb-").FullName;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StartTimeout);
        XvfbDisplay? display = null;
        try
        {
            // With -displayfd the server writes its display number once it accepts connections.
            var line = await server.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is null || !int.TryParse(line.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                await server.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2), CancellationToken.None);
                string log;
                lock (errors)
                {
                    log = errors.ToString();
                }

                throw new InvalidOperationException($"Xvfb did not report a display number: {log}");
            }

            display = new XvfbDisplay(server, number, options, home);
            await display.WaitForConnectionsAsync(timeout.Token);
            if (options.WindowManager)
            {
                await display.StartWindowManagerAsync(timeout.Token);
            }

            return display;
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            if (display is not null)
            {
                await display.DisposeAsync();
            }
            else
            {
                KillQuietly(server);
                server.Dispose();
                Directory.Delete(home, recursive: true);
            }

            if (e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The X display did not become ready within {options.StartTimeout}.", e);
            }

            throw;
        }
    }

    /// <summary>Runs <c>xprop -root</c> for <paramref name="property"/> on this display; null when unset.</summary>
    public async Task<string?> ReadRootPropertyAsync(string property, CancellationToken cancellationToken = default)
    {
        var result = await Tool.RunAsync("xprop", ["-root", property], Environment, cancellationToken: cancellationToken);
        return result.Succeeded && !result.StandardOutput.Contains("not found", StringComparison.Ordinal)
            && !result.StandardOutput.Contains("no such atom", StringComparison.Ordinal)
            ? result.StandardOutput.Trim()
            : null;
    }

    private async Task WaitForConnectionsAsync(CancellationToken cancellationToken)
    {
        var socket = $"/tmp/.X11-unix/X{Number}";
        while (!File.Exists(socket) || !(await Tool.RunAsync("xprop", ["-root", "-len", "1", "RESOURCE_MANAGER"], Environment, cancellationToken: cancellationToken)).Succeeded)
        {
            ThrowIfExited(server, "Xvfb");
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private async Task StartWindowManagerAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("openbox")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--sm-disable");
        start.Environment["DISPLAY"] = Name;
        start.Environment["HOME"] = Home;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(Home, ".config");
        windowManager = Process.Start(start) ?? throw new InvalidOperationException("Could not start openbox.");
        windowManager.OutputDataReceived += (_, _) => { };
        windowManager.ErrorDataReceived += (_, _) => { };
        windowManager.BeginOutputReadLine();
        windowManager.BeginErrorReadLine();
        while (await ReadRootPropertyAsync("_NET_SUPPORTING_WM_CHECK", cancellationToken) is null)
        {
            ThrowIfExited(windowManager, "openbox");
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static void ThrowIfExited(Process process, string name)
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"{name} exited with code {process.ExitCode} while starting.");
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in new[] { windowManager, server })
        {
            if (process is null)
            {
                continue;
            }

            KillQuietly(process);
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
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

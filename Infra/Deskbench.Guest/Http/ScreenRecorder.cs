using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Deskbench.Guest.Session;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// Records the session's display with ffmpeg (x11grab, H.264, 30 fps) into a fragmented mp4
/// (<c>-movflags frag_keyframe+empty_moov</c>), so a recording whose ffmpeg or guest died is still playable up to its last
/// fragment (a fragment every keyframe and at least every 0.25 s, flushed at once; a keyframe every second).
/// One recording at a time; <see cref="StopAsync"/> sends SIGINT, as OSWorld does, so ffmpeg finishes the file.
/// </summary>
internal sealed partial class ScreenRecorder(ILogger<ScreenRecorder> logger) : IAsyncDisposable
{
    private const int SigInt = 2;
    private static readonly TimeSpan StartupCheck = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Process? _process;
    private string? _path;
    private readonly Queue<string> _stderrTail = new();

    /// <summary>Starts recording; the mp4's path. Throws <see cref="InvalidOperationException"/> when already recording or ffmpeg fails.</summary>
    public async Task<string> StartAsync(SessionEnvironment environment, int width, int height, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_process is { HasExited: false })
            {
                throw new RecordingConflictException("Recording is already in progress.");
            }

            ForgetProcess();
            var path = Path.Combine(Path.GetTempPath(), $"deskbench-recording-{Guid.NewGuid():N}.mp4");
            var startInfo = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in Arguments(environment.Display, width, height, path))
            {
                startInfo.ArgumentList.Add(argument);
            }

            environment.ApplyTo(startInfo);
            Process process;
            try
            {
                process = Process.Start(startInfo) ?? throw new Win32Exception("no process");
            }
            catch (Win32Exception e)
            {
                throw new InvalidOperationException($"ffmpeg could not be started ({e.Message}); install it (Debian package ffmpeg)", e);
            }

            lock (_stderrTail)
            {
                _stderrTail.Clear();
            }

            process.ErrorDataReceived += (_, line) => Remember(line.Data);
            process.BeginErrorReadLine();
            _process = process;
            _path = path;
            try
            {
                await process.WaitForExitAsync(cancellationToken).WaitAsync(StartupCheck, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                logger.LogInformation("Recording {Display} to {Path} (ffmpeg pid {Pid})", environment.Display, path, process.Id);
                return path;
            }

            throw new InvalidOperationException($"ffmpeg exited at once with code {process.ExitCode}: {StderrTail()}");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the recording (SIGINT, then kill after a timeout) and returns the mp4's path; null when none was started.</summary>
    public async Task<string?> StopAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_process is not { } process || _path is not { } path)
            {
                return null;
            }

            if (!process.HasExited)
            {
                _ = Kill(process.Id, SigInt);
                try
                {
                    await process.WaitForExitAsync(cancellationToken).WaitAsync(StopTimeout, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    logger.LogWarning("ffmpeg did not stop within {Timeout}; killing it", StopTimeout);
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }

            ForgetProcess();
            return path;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The last lines ffmpeg wrote to stderr.</summary>
    public string StderrTail()
    {
        lock (_stderrTail)
        {
            return string.Join(" | ", _stderrTail);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (await StopAsync(CancellationToken.None).ConfigureAwait(false) is { } path)
        {
            logger.LogInformation("Recording stopped at shutdown; left {Path}", path);
        }

        _gate.Dispose();
    }

    private static IEnumerable<string> Arguments(string display, int width, int height, string path) =>
    [
        "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
        "-f", "x11grab", "-draw_mouse", "1", "-framerate", "30",
        "-video_size", string.Create(CultureInfo.InvariantCulture, $"{width}x{height}"), "-i", display,
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-r", "30", "-g", "30",
        "-movflags", "frag_keyframe+empty_moov", "-frag_duration", "250000", "-flush_packets", "1", "-f", "mp4", path,
    ];

    private void Remember(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (_stderrTail)
        {
            _stderrTail.Enqueue(line);
            while (_stderrTail.Count > 10)
            {
                _stderrTail.Dequeue();
            }
        }
    }

    private void ForgetProcess()
    {
        _process?.Dispose();
        _process = null;
        _path = null;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}

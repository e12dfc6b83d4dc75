using Deskbench.Core.Guest;
using Deskbench.Harness.Results;
using Microsoft.Extensions.Logging;

namespace Deskbench.Harness.Observations;

/// <summary>
/// One episode's screen recording (<c>--record</c>): started on the guest (<c>POST /start_recording</c>) and saved as the
/// task's <c>recording.mp4</c> (<c>POST /end_recording</c>), as OSWorld's driver does. Recording is best effort: a guest that
/// cannot record, or a failed save, is logged and never fails the episode. Disposing saves the recording if it was not
/// saved yet, so an episode that ends in an exception still leaves its file (the guest records a fragmented mp4, which
/// stays playable up to the moment it stopped).
/// </summary>
public sealed class EpisodeRecording : IAsyncDisposable
{
    /// <summary>OSWorld's file name for the recording in a task's result folder.</summary>
    public const string FileName = "recording.mp4";

    private readonly IGuestClient _guest;
    private readonly string _path;
    private readonly ILogger _logger;
    private int _ended;

    private EpisodeRecording(IGuestClient guest, string path, ILogger logger)
    {
        _guest = guest;
        _path = path;
        _logger = logger;
    }

    /// <summary>Starts recording into <paramref name="path"/> (written when stopped); null, logged, when the guest cannot record.</summary>
    public static async Task<EpisodeRecording?> StartAsync(IGuestClient guest, string path, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guest);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(logger);
        try
        {
            await guest.StartRecordingAsync(cancellationToken).ConfigureAwait(false);
            return new EpisodeRecording(guest, path, logger);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Screen recording not started: {Reason}", e.Message);
            return null;
        }
    }

    /// <summary>Where the recording is saved.</summary>
    public string Path => _path;

    /// <summary>Stops the recording and writes it to <see cref="Path"/>; false (logged) when the guest gave no file. Runs once.</summary>
    public async Task<bool> StopAndSaveAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _ended, 1) == 1)
        {
            return File.Exists(_path);
        }

        try
        {
            var mp4 = await _guest.EndRecordingAsync(cancellationToken).ConfigureAwait(false);
            if (mp4.Length == 0)
            {
                _logger.LogWarning("Screen recording is empty; no {File} written", FileName);
                return false;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_path))!);
            await AtomicFile.WriteAllBytesAsync(_path, mp4, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Screen recording not saved: {Reason}", e.Message);
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await StopAndSaveAsync(timeout.Token).ConfigureAwait(false);
    }
}

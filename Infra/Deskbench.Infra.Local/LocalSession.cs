using Microsoft.Extensions.Logging;

namespace Deskbench.Infra.Local;

/// <summary>
/// Everything one local desktop owns on this machine: the display reservation, the fresh HOME (and a runtime folder), and
/// the guest's process group. Disposing kills the group, deletes the folders (HOME kept on request) and frees the display;
/// it is idempotent and never throws.
/// </summary>
internal sealed class LocalSession(
    string environmentId,
    DisplayLease display,
    string homeDirectory,
    string runtimeDirectory,
    bool keepHome,
    ILogger logger) : IAsyncDisposable
{
    private int _disposed;

    public string EnvironmentId { get; } = environmentId;

    public DisplayLease Display { get; } = display;

    public string HomeDirectory { get; } = homeDirectory;

    /// <summary>XDG_RUNTIME_DIR: under HOME, or under /tmp when HOME is too deep for Unix socket paths.</summary>
    public string RuntimeDirectory { get; } = runtimeDirectory;

    public GuestProcess? Process { get; set; }

    /// <summary>
    /// Marks HOME (and a runtime folder outside it) with an owner file naming <paramref name="processes"/>, so a later
    /// harness can remove them once none of those processes runs (<see cref="StaleScratchSweeper"/>).
    /// </summary>
    public void MarkOwners(IReadOnlyList<OwnerProcess> processes)
    {
        var owner = ScratchOwner.Here(processes);
        ScratchOwnerFile.Write(HomeDirectory, owner);
        if (!RuntimeIsInsideHome)
        {
            ScratchOwnerFile.Write(RuntimeDirectory, owner);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            if (Process is { } process)
            {
                await process.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "{Environment}: stopping the guest failed", EnvironmentId);
        }

        if (!RuntimeIsInsideHome)
        {
            DeleteFolder(RuntimeDirectory);
        }

        if (keepHome)
        {
            Unmark(HomeDirectory);
            logger.LogInformation("{Environment}: keeping HOME {Home}", EnvironmentId, HomeDirectory);
        }
        else
        {
            DeleteFolder(HomeDirectory);
        }

        Display.Dispose();
    }

    private bool RuntimeIsInsideHome => RuntimeDirectory.StartsWith(HomeDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>A HOME kept on request is nobody's scratch any more: without its owner file no sweep removes it.</summary>
    private void Unmark(string path)
    {
        try
        {
            ScratchOwnerFile.Remove(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "{Environment}: could not remove the owner file of the kept {Path}", EnvironmentId, path);
        }
    }

    private void DeleteFolder(string path)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A late writer may still be creating files; try again, then give up with a warning.
                if (attempt == 3)
                {
                    logger.LogWarning(exception, "{Environment}: could not delete {Path}", EnvironmentId, path);
                }
            }
        }
    }
}

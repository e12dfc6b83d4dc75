using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.Collections.Concurrent;

namespace Deskbench.Infra.Local;

/// <summary>
/// Removes the folders of desktops whose harness died without cleaning up (SIGKILL, power loss): runtime folders
/// <c>&lt;runtime root&gt;/deskbench-run-*</c>, and folders found a few levels below the work roots (the desktop HOMEs in
/// <c>&lt;work root&gt;/&lt;run&gt;/&lt;task&gt;/environment/</c>), each only when its <c>.deskbench-owner</c> file is valid and
/// names no process still running. Never follows symlinks; detaches a leftover mount inside a folder first (lazily); a folder
/// that still cannot be deleted is logged and skipped. After removing a folder under a work root, the empty folders above
/// it (up to the root) go too.
/// </summary>
public sealed class StaleScratchSweeper
{
    public const string RuntimeFolderPrefix = "deskbench-run-";

    /// <summary>How deep below a work root marked folders are looked for (a HOME is at depth 4).</summary>
    private const int MaxDepth = 6;

    private static readonly ConcurrentDictionary<string, byte> SweptLocations = new(StringComparer.Ordinal);

    private static readonly EnumerationOptions RealSubfolders = new()
    {
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
        RecurseSubdirectories = false,
    };

    private readonly ILogger _logger;

    public StaleScratchSweeper(ILogger<StaleScratchSweeper>? logger = null)
    {
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>
    /// <see cref="Sweep"/>, the first time this process asks for these locations; later calls return nothing (a run's own
    /// folders are all alive, and sweeping again at every acquisition would only cost time).
    /// </summary>
    public IReadOnlyList<string> SweepOncePerProcess(string runtimeRoot, IReadOnlyList<string> workRoots)
    {
        ArgumentNullException.ThrowIfNull(runtimeRoot);
        ArgumentNullException.ThrowIfNull(workRoots);
        var key = string.Join('\n', workRoots.Prepend(runtimeRoot).Select(Path.GetFullPath));
        return SweptLocations.TryAdd(key, 0) ? Sweep(runtimeRoot, workRoots) : [];
    }

    /// <summary>Removes the stale folders in <paramref name="runtimeRoot"/> and below <paramref name="workRoots"/>; returns their paths.</summary>
    public IReadOnlyList<string> Sweep(string runtimeRoot, IReadOnlyList<string> workRoots)
    {
        ArgumentNullException.ThrowIfNull(runtimeRoot);
        ArgumentNullException.ThrowIfNull(workRoots);
        var removed = new List<string>();
        foreach (var folder in Subfolders(new DirectoryInfo(runtimeRoot), RuntimeFolderPrefix + "*"))
        {
            if (TryRemoveIfStale(folder))
            {
                removed.Add(folder.FullName);
            }
        }

        foreach (var root in workRoots)
        {
            SweepWorkRoot(new DirectoryInfo(Path.GetFullPath(root)), removed);
        }

        if (removed.Count > 0)
        {
            _logger.LogInformation("Removed {Count} scratch folder(s) left by ended runs: {Folders}", removed.Count, string.Join(", ", removed));
        }

        return removed;
    }

    private void SweepWorkRoot(DirectoryInfo root, List<string> removed)
    {
        if (!root.Exists || root.LinkTarget is not null)
        {
            return;
        }

        var pending = new Stack<(DirectoryInfo Folder, int Depth)>(Subfolders(root, "*").Select(f => (f, 1)));
        while (pending.TryPop(out var entry))
        {
            if (File.Exists(Path.Combine(entry.Folder.FullName, ScratchOwnerFile.FileName)))
            {
                // A marked folder is a unit: removed whole when stale, never searched inside.
                if (TryRemoveIfStale(entry.Folder))
                {
                    removed.Add(entry.Folder.FullName);
                    RemoveEmptyParents(entry.Folder, root);
                }
            }
            else if (entry.Depth < MaxDepth)
            {
                foreach (var child in Subfolders(entry.Folder, "*"))
                {
                    pending.Push((child, entry.Depth + 1));
                }
            }
        }
    }

    private bool TryRemoveIfStale(DirectoryInfo folder)
    {
        if (folder.LinkTarget is not null)
        {
            return false;
        }

        var owner = ScratchOwnerFile.TryRead(folder.FullName);
        if (owner is null)
        {
            _logger.LogDebug("Keeping {Folder}: no valid owner file", folder.FullName);
            return false;
        }

        if (owner.IsInUse())
        {
            return false;
        }

        var realPath = LibC.RealPath(folder.FullName);
        if (realPath is null)
        {
            return false;
        }

        foreach (var mountPoint in MountTable.MountPointsUnder(realPath))
        {
            if (!MountTable.TryDetach(mountPoint))
            {
                _logger.LogWarning("Cannot remove the stale scratch folder {Folder}: {MountPoint} is still mounted inside it", folder.FullName, mountPoint);
                return false;
            }

            _logger.LogInformation("Detached the leftover mount {MountPoint} in the stale scratch folder {Folder}", mountPoint, folder.FullName);
        }

        try
        {
            folder.Delete(recursive: true);
            _logger.LogDebug("Removed {Folder}: its owners ({Owners}) have ended", folder.FullName, string.Join(", ", owner.Processes.Select(p => p.Pid)));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(exception, "Cannot remove the stale scratch folder {Folder}", folder.FullName);
            return false;
        }
    }

    private static void RemoveEmptyParents(DirectoryInfo removed, DirectoryInfo root)
    {
        var rootPrefix = root.FullName.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        for (var parent = removed.Parent; parent is not null && parent.FullName.StartsWith(rootPrefix, StringComparison.Ordinal); parent = parent.Parent)
        {
            if (!EmptyFolderTree.TryDelete(parent))
            {
                return;
            }
        }
    }

    private IEnumerable<DirectoryInfo> Subfolders(DirectoryInfo folder, string pattern)
    {
        try
        {
            return folder.Exists ? [.. folder.EnumerateDirectories(pattern, RealSubfolders)] : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _logger.LogDebug(exception, "Cannot list {Folder}", folder.FullName);
            return [];
        }
    }
}

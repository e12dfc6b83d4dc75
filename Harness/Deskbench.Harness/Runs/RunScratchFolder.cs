using Microsoft.Extensions.Logging;

namespace Deskbench.Harness.Runs;

/// <summary>Removes a run's scratch folder (&lt;work root&gt;/&lt;run id&gt;) when it holds only empty folders.</summary>
internal static class RunScratchFolder
{
    public static void RemoveIfEmpty(string path, ILogger logger)
    {
        var folder = new DirectoryInfo(path);
        try
        {
            if (folder.Exists && folder.LinkTarget is null)
            {
                DeleteEmptyFolders(folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogDebug(ex, "Keeping the scratch folder {Folder}: it is not empty", folder.FullName);
        }
    }

    /// <summary>Bottom up, with rmdir only: throws <see cref="IOException"/> at the first file or symlink, which is never deleted.</summary>
    private static void DeleteEmptyFolders(DirectoryInfo folder)
    {
        foreach (var child in folder.EnumerateDirectories("*", new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            DeleteEmptyFolders(child);
        }

        folder.Delete(recursive: false);
    }
}

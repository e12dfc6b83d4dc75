namespace Deskbench.Infra.Local;

/// <summary>Deletes a folder that holds nothing but (nested) empty folders, bottom up, never a file or a symlink.</summary>
internal static class EmptyFolderTree
{
    private static readonly EnumerationOptions RealSubfolders = new()
    {
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    /// <summary>True when <paramref name="folder"/> (no symlink) held only empty folders and is gone now.</summary>
    public static bool TryDelete(DirectoryInfo folder)
    {
        try
        {
            if (!folder.Exists || folder.LinkTarget is not null)
            {
                return false;
            }

            foreach (var child in folder.EnumerateDirectories("*", RealSubfolders))
            {
                if (!TryDelete(child))
                {
                    return false;
                }
            }

            // rmdir(2): fails on anything left inside (a file, a symlink), so nothing but empty folders is ever removed.
            folder.Delete(recursive: false);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

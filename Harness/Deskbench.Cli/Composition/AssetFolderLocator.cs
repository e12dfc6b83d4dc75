namespace Deskbench.Cli.Composition;

/// <summary>
/// Finds the asset cache for a task path when <c>--assets</c> is not given: an <c>assets/index.json</c> beside the tasks (or up to
/// three folders above a task file), else the user's cache folder.
/// </summary>
public static class AssetFolderLocator
{
    public static string Locate(string tasksPath)
    {
        var full = Path.GetFullPath(tasksPath);
        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full);
        for (var i = 0; i < 4 && folder is not null; i++, folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, "assets");
            if (File.Exists(Path.Combine(candidate, "index.json")))
            {
                return candidate;
            }
        }

        var cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cacheHome))
        {
            cacheHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }

        return Path.Combine(cacheHome, "deskbench", "assets");
    }
}

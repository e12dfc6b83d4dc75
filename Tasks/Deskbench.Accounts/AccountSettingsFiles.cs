namespace Deskbench.Accounts;

/// <summary>
/// Finds a file that an OSWorld task names by its path in OSWorld's repository (e.g.
/// <c>evaluation_examples/settings/googledrive/settings.yml</c>) inside the user's account settings folder: first as given,
/// then by its path below <c>evaluation_examples/settings/</c>, then by its last two segments (<c>googledrive/settings.yml</c>).
/// </summary>
public static class AccountSettingsFiles
{
    private const string OsWorldSettingsPrefix = "evaluation_examples/settings/";

    /// <summary>The local path of <paramref name="settingsFile"/> in <paramref name="settingsDirectory"/>, or null when absent.</summary>
    public static string? Find(string settingsDirectory, string settingsFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(settingsDirectory);
        ArgumentNullException.ThrowIfNull(settingsFile);
        foreach (var candidate in Candidates(settingsFile))
        {
            var path = Path.GetFullPath(Path.Combine(settingsDirectory, candidate));
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static IEnumerable<string> Candidates(string settingsFile)
    {
        var relative = settingsFile.Replace('\\', '/').TrimStart('/');
        yield return relative;
        if (relative.StartsWith(OsWorldSettingsPrefix, StringComparison.Ordinal))
        {
            yield return relative[OsWorldSettingsPrefix.Length..];
        }

        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > 2)
        {
            yield return string.Join('/', segments[^2..]);
        }
    }
}

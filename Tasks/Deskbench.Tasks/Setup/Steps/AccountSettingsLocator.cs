namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// Finds the account settings file a <c>googledrive</c>/<c>login</c> step names. OSWorld resolves <c>settings_file</c>
/// (e.g. <c>evaluation_examples/settings/googledrive/settings.yml</c>) against its repository root; here it is resolved
/// against <see cref="SetupRunnerOptions.AccountSettingsDirectory"/>, first as given, then by its path below
/// <c>evaluation_examples/settings/</c>, then by its last two segments (<c>googledrive/settings.yml</c>).
/// </summary>
internal static class AccountSettingsLocator
{
    private const string OsWorldSettingsPrefix = "evaluation_examples/settings/";

    /// <summary>The settings file's local path; throws <see cref="AccountSettingsRequiredException"/> when there is none.</summary>
    public static string Require(string stepType, string settingsFile, string? settingsDirectory)
    {
        if (string.IsNullOrWhiteSpace(settingsDirectory))
        {
            throw new AccountSettingsRequiredException(stepType, settingsFile, "no account settings folder is configured");
        }

        foreach (var candidate in Candidates(settingsFile))
        {
            var path = Path.GetFullPath(Path.Combine(settingsDirectory, candidate));
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new AccountSettingsRequiredException(
            stepType, settingsFile, $"'{settingsFile}' was not found in the account settings folder {settingsDirectory}");
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

using Deskbench.Accounts;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// Finds the account settings file a <c>googledrive</c>/<c>login</c> step names. OSWorld resolves <c>settings_file</c>
/// (e.g. <c>evaluation_examples/settings/googledrive/settings.yml</c>) against its repository root; here it is resolved
/// against <see cref="SetupRunnerOptions.AccountSettingsDirectory"/>, first as given, then by its path below
/// <c>evaluation_examples/settings/</c>, then by its last two segments (<c>googledrive/settings.yml</c>).
/// </summary>
internal static class AccountSettingsLocator
{
    /// <summary>The settings file's local path; throws <see cref="AccountSettingsRequiredException"/> when there is none.</summary>
    public static string Require(string stepType, string settingsFile, string? settingsDirectory)
    {
        if (string.IsNullOrWhiteSpace(settingsDirectory))
        {
            throw new AccountSettingsRequiredException(stepType, settingsFile, "no account settings folder is configured");
        }

        var path = AccountSettingsFiles.Find(settingsDirectory, settingsFile);
        if (path is not null)
        {
            return path;
        }

        throw new AccountSettingsRequiredException(
            stepType, settingsFile, $"'{settingsFile}' was not found in the account settings folder {settingsDirectory}");
    }
}

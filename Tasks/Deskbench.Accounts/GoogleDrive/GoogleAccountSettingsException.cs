namespace Deskbench.Accounts.GoogleDrive;

/// <summary>The account settings exist but cannot be used: unreadable, incomplete, or refused by Google's token endpoint.</summary>
public sealed class GoogleAccountSettingsException : Exception
{
    public GoogleAccountSettingsException(string settingsFile, string reason, Exception? innerException = null)
        : base($"the Google account settings {settingsFile} cannot be used: {reason}", innerException)
    {
        SettingsFile = settingsFile;
    }

    /// <summary>The settings file the problem is in (or that names the file it is in).</summary>
    public string SettingsFile { get; }
}

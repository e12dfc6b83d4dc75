using Deskbench.Core.Tasks;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// A setup step that acts on a real online account (<c>googledrive</c>, <c>login</c>) found no account settings: the task
/// cannot run on this installation. This is not the agent's failure nor the desktop's: the episode is reported as not
/// run. Its <see cref="Exception.InnerException"/> is an <see cref="UnsupportedFeatureException"/>, so the harness's
/// failure classifier already maps it to the <c>unsupported</c> status.
/// </summary>
public sealed class AccountSettingsRequiredException(string stepType, string settingsFile, string reason)
    : Exception(
        $"{stepType} needs account settings: {reason} (give `deskbench run --accounts FOLDER` (SetupRunnerOptions.AccountSettingsDirectory) a folder with the task's '{settingsFile}', see docs/accounts.md)",
        new UnsupportedFeatureException("setup step", $"{stepType} without account settings"))
{
    /// <summary>The step type (<c>googledrive</c> or <c>login</c>).</summary>
    public string StepType { get; } = stepType;

    /// <summary>The task's <c>settings_file</c> parameter (a path relative to OSWorld's repository root).</summary>
    public string SettingsFile { get; } = settingsFile;
}

namespace Deskbench.Evaluators.Chrome;

/// <summary>Which JSON file of the profile a preference getter reads.</summary>
public enum ChromeProfileFile
{
    /// <summary><c>Default/Preferences</c>.</summary>
    Preferences,

    /// <summary><c>Local State</c> (browser-wide: experiments, language).</summary>
    LocalState,
}

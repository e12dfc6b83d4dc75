using Deskbench.Core.Environments;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// Where the desktop's Chrome is reached, from <see cref="IEnvironment.Properties"/>: <c>cdp_url</c> (the DevTools endpoint
/// the harness connects to, OSWorld's <c>http://&lt;vm&gt;:9222</c>) and <c>chrome_user_data_dir</c> (the guest folder of
/// the profile, OSWorld's <c>~/.config/google-chrome</c>). Both have OSWorld's defaults for a local desktop.
/// </summary>
public static class ChromeEnvironment
{
    public const string CdpUrlProperty = "cdp_url";

    public const string UserDataDirProperty = "chrome_user_data_dir";

    public const string DefaultCdpUrl = "http://127.0.0.1:9222";

    public const string DefaultUserDataDir = "~/.config/google-chrome";

    public static string CdpUrl(IEnvironment environment) =>
        environment.Properties.TryGetValue(CdpUrlProperty, out var url) && url.Length > 0 ? url : DefaultCdpUrl;

    public static string UserDataDir(IEnvironment environment) =>
        environment.Properties.TryGetValue(UserDataDirProperty, out var dir) && dir.Length > 0 ? dir.TrimEnd('/') : DefaultUserDataDir;

    /// <summary>A file of the <c>Default</c> profile (Preferences, Bookmarks, History, Cookies …), as a guest path.</summary>
    public static string ProfileFile(IEnvironment environment, string name) => $"{UserDataDir(environment)}/Default/{name}";

    /// <summary>The browser-wide <c>Local State</c> file, as a guest path.</summary>
    public static string LocalStateFile(IEnvironment environment) => $"{UserDataDir(environment)}/Local State";
}

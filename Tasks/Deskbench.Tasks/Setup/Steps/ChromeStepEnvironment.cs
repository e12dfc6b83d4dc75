using Deskbench.Core.Environments;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// Where the Chrome setup steps find the browser, from <see cref="IEnvironment.Properties"/> (the same keys the Chrome
/// getters read): <c>cdp_url</c> (default <c>http://127.0.0.1:9222</c>) and <c>chrome_user_data_dir</c> (default
/// <c>~/.config/google-chrome</c>, OSWorld's profile folder).
/// </summary>
public static class ChromeStepEnvironment
{
    public const string CdpUrlProperty = "cdp_url";

    public const string UserDataDirProperty = "chrome_user_data_dir";

    public static string CdpUrl(IEnvironment environment) =>
        environment.Properties.TryGetValue(CdpUrlProperty, out var url) && url.Length > 0 ? url : "http://127.0.0.1:9222";

    public static string HistoryFile(IEnvironment environment) =>
        (environment.Properties.TryGetValue(UserDataDirProperty, out var dir) && dir.Length > 0 ? dir.TrimEnd('/') : "~/.config/google-chrome")
        + "/Default/History";
}

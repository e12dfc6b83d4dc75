namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// The getters of OSWorld's chrome.py that Deskbench implements, but for <c>googledrive_file</c>
/// (<see cref="Getters.GoogleDrive.GoogleDriveFileGetter"/>, which the composition root registers with the user's account
/// settings folder). Profile files are read through the guest; live tab data comes over CDP (<see cref="ChromeEnvironment"/>).
/// <c>chrome_appearance_mode_ui</c> reads the Preferences file as <c>chrome_color_scheme</c> does: OSWorld's first try, a
/// DOM probe of chrome://settings, falls back to exactly that, and Chromium 156 exposes the color scheme neither as a
/// settings pref nor in a stable DOM.
/// </summary>
public static class ChromeGetters
{
    public static IReadOnlyList<IGetter> All { get; } =
    [
        new ChromePreferencesGetter("default_search_engine", ChromeProfileFile.Preferences, ChromePreferenceReaders.DefaultSearchEngine),
        new ChromePreferencesGetter("profile_name", ChromeProfileFile.Preferences, ChromePreferenceReaders.ProfileName),
        new ChromePreferencesGetter("chrome_font_size", ChromeProfileFile.Preferences, ChromePreferenceReaders.FontSize),
        new ChromePreferencesGetter("chrome_color_scheme", ChromeProfileFile.Preferences, ChromePreferenceReaders.ColorScheme),
        new ChromePreferencesGetter("chrome_appearance_mode_ui", ChromeProfileFile.Preferences, ChromePreferenceReaders.ColorScheme),
        new ChromePreferencesGetter("enable_do_not_track", ChromeProfileFile.Preferences, ChromePreferenceReaders.EnableDoNotTrack),
        new ChromePreferencesGetter("enable_enhanced_safety_browsing", ChromeProfileFile.Preferences, ChromePreferenceReaders.EnableEnhancedSafetyBrowsing),
        new ChromePreferencesGetter("enable_safe_browsing", ChromeProfileFile.Preferences, ChromePreferenceReaders.EnableSafeBrowsing),
        new ChromePreferencesGetter("new_startup_page", ChromeProfileFile.Preferences, ChromePreferenceReaders.NewStartupPage),
        new ChromePreferencesGetter("find_unpacked_extension_path", ChromeProfileFile.Preferences, ChromePreferenceReaders.UnpackedExtensionPaths),
        new ChromePreferencesGetter("find_installed_extension_name", ChromeProfileFile.Preferences, ChromePreferenceReaders.InstalledExtensionNames),
        new ChromePreferencesGetter("data_delete_automacally", ChromeProfileFile.Preferences, ChromePreferenceReaders.DataDeleteAutomatically),
        new ChromePreferencesGetter("enabled_experiments", ChromeProfileFile.LocalState, ChromePreferenceReaders.EnabledExperiments),
        new ChromePreferencesGetter("chrome_language", ChromeProfileFile.LocalState, ChromePreferenceReaders.ChromeLanguage),
        new BookmarksGetter(),
        new ChromeSqliteGetter("history", "History", "SELECT url, title, last_visit_time FROM urls"),
        new ChromeSqliteGetter("cookie_data", "Cookies", "SELECT * FROM cookies"),
        new ShortcutsOnDesktopGetter(),
        new OpenTabsInfoGetter(),
        new ActiveUrlFromAccessTreeGetter(),
        new ActiveTabInfoGetter(),
        new ActiveTabUrlParseGetter(),
        new ActiveTabHtmlParseGetter(),
        new UrlDashPartGetter(),
        new UrlPathParseGetter("url_path_parse"),
        new UrlPathParseGetter("macys_product_url_parse"),
        new PageInfoGetter(),
        new PdfFromUrlGetter(),
        new InfoFromWebsiteGetter(),
        new NumberOfSearchResultsGetter(),
        new RecreationPageGetter(),
    ];
}

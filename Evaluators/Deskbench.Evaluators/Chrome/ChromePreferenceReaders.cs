using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// What OSWorld's Preferences/Local State getters return, with their fallbacks: when the file is missing or its shape makes
/// the Python code raise (KeyError, AttributeError), the getter's <c>except</c> value is returned.
/// </summary>
public static class ChromePreferenceReaders
{
    public static JsonNode? DefaultSearchEngine(JsonObject? data) => Guarded(data, "Google", d =>
        Get(Get(Get(d, "default_search_provider_data", new JsonObject()), "template_url_data", new JsonObject()), "short_name", "Google"));

    public static JsonNode? ChromeLanguage(JsonObject? data) => Guarded(data, "en-US", d => Get(Get(d, "intl", new JsonObject()), "app_locale", "en-US"));

    public static JsonNode? EnabledExperiments(JsonObject? data) => Guarded(data, new JsonArray(), d =>
        Get(Get(d, "browser", new JsonObject()), "enabled_labs_experiments", new JsonArray()));

    public static JsonNode? ProfileName(JsonObject? data) => Guarded(data, null, d => Get(Get(d, "profile", new JsonObject()), "name", null));

    public static JsonNode? FontSize(JsonObject? data) => Guarded(data,
        new JsonObject { ["default_fixed_font_size"] = 13, ["default_font_size"] = 16 },
        d => Get(Get(d, "webkit", new JsonObject()), "webprefs",
            new JsonObject { ["default_fixed_font_size"] = 13, ["default_font_size"] = 16, ["minimum_font_size"] = 13 }));

    /// <summary>
    /// <c>chrome_color_scheme</c>: <c>browser.theme.color_scheme2</c> (else <c>color_scheme</c>) as system/light/dark, "light"
    /// when <c>extensions.theme.system_theme</c> is 0/false, "system" otherwise.
    /// </summary>
    public static JsonNode? ColorScheme(JsonObject? data) => Guarded(data, "system", d =>
    {
        var theme = Get(Get(d, "browser", new JsonObject()), "theme", new JsonObject());
        var raw = Get(theme, "color_scheme2", Get(theme, "color_scheme", null));
        var systemTheme = Get(Get(Get(d, "extensions", new JsonObject()), "theme", new JsonObject()), "system_theme", null);
        if (systemTheme is JsonValue flag && (PythonValues.IsNumeric(flag) ? PythonValues.GetFloat(flag) == 0 : PythonValues.AsString(flag) == "0"))
        {
            return "light";
        }

        return NormalizeColorScheme(raw) ?? "system";
    });

    public static JsonNode? EnableDoNotTrack(JsonObject? data) => Guarded(data, "false", d =>
        TrueFalse(PythonValues.IsTruthy(Get(d, "enable_do_not_track", new JsonObject()))));

    public static JsonNode? EnableEnhancedSafetyBrowsing(JsonObject? data) => Guarded(data, "Google", d =>
        TrueFalse(PythonValues.IsTruthy(Get(Get(d, "safebrowsing", new JsonObject()), "enhanced", new JsonObject()))));

    public static JsonNode? EnableSafeBrowsing(JsonObject? data) => Guarded(data, "false", d =>
    {
        var safebrowsing = Get(d, "safebrowsing", new JsonObject());
        return TrueFalse(PythonValues.IsTruthy(Get(safebrowsing, "enhanced", false)) || PythonValues.IsTruthy(Get(safebrowsing, "enabled", false)));
    });

    /// <summary>"true" when the profile has no <c>session</c> (a fresh start) or <c>session.restore_on_startup == 5</c>.</summary>
    public static JsonNode? NewStartupPage(JsonObject? data) => Guarded(data, "Google", d =>
    {
        if (!d.ContainsKey("session"))
        {
            return "true";
        }

        var restore = Get(Get(d, "session", new JsonObject()), "restore_on_startup", new JsonObject());
        return TrueFalse(PythonValues.IsNumeric(restore) && PythonValues.GetFloat(restore) == 5);
    });

    public static JsonNode? UnpackedExtensionPaths(JsonObject? data) => Guarded(data, "Google", d =>
        ExtensionSettings(d, setting => PythonIndexing.GetItem(setting, "path")));

    public static JsonNode? InstalledExtensionNames(JsonObject? data) => Guarded(data, "Google", d =>
        ExtensionSettings(d, setting => PythonIndexing.GetItem(PythonIndexing.GetItem(setting, "manifest"), "name")));

    /// <summary>"true" when <c>profile.default_content_setting_values</c> exists (OSWorld's check for auto-delete).</summary>
    public static JsonNode? DataDeleteAutomatically(JsonObject? data) => Guarded(data, "Google", d =>
        TrueFalse(Get(PythonIndexing.GetItem(d, "profile"), "default_content_setting_values", null) is not null));

    private static JsonArray ExtensionSettings(JsonObject data, Func<JsonNode?, JsonNode?> select)
    {
        var settings = Get(Get(data, "extensions", new JsonObject()), "settings", new JsonObject());
        return [.. PythonIndexing.Iterate(settings).Select(id => select(PythonIndexing.GetItem(settings, PythonValues.AsString(id)!))?.DeepClone())];
    }

    private static string? NormalizeColorScheme(JsonNode? raw)
    {
        if (PythonValues.AsString(raw) is { } text)
        {
            return text.Trim().ToLowerInvariant() switch
            {
                "system" or "default" or "0" => "system",
                "light" or "1" => "light",
                "dark" or "2" => "dark",
                _ => null,
            };
        }

        return PythonValues.TypeOf(raw) is PythonType.Int or PythonType.Float
            ? ((int)PythonValues.GetFloat(raw)) switch { 0 => "system", 1 => "light", 2 => "dark", _ => null }
            : null;
    }

    private static JsonNode TrueFalse(bool value) => value ? "true" : "false";

    /// <summary><c>container.get(key, fallback)</c>, the fallback cloned so it can be returned or nested.</summary>
    private static JsonNode? Get(JsonNode? container, string key, JsonNode? fallback) =>
        PythonIndexing.Get(container, key, fallback)?.DeepClone();

    private static JsonNode? Guarded(JsonObject? data, JsonNode? fallback, Func<JsonObject, JsonNode?> read)
    {
        if (data is null)
        {
            return fallback;
        }

        try
        {
            return read(data);
        }
        catch (PythonErrorException)
        {
            return fallback;
        }
    }
}

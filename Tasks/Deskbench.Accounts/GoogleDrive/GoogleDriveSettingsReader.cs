using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Deskbench.Accounts.GoogleDrive;

/// <summary>
/// Reads the settings OSWorld hands to PyDrive (<c>GoogleAuth(settings_file=…)</c>): <c>settings.yml</c> with
/// <c>client_config_backend</c> <c>file</c> (<c>client_config_file</c>, a Google client-secrets JSON with an
/// <c>installed</c> or <c>web</c> section) or <c>settings</c> (<c>client_config</c>), and <c>save_credentials_file</c>, the
/// credential oauth2client stored after the user signed in once (<c>refresh_token</c>, <c>access_token</c>,
/// <c>token_expiry</c>, <c>token_uri</c>, …). Paths in the file are OSWorld repository paths; they are looked up in the
/// account settings folder (<see cref="AccountSettingsFiles"/>), then next to the settings file.
/// Deskbench's own key <c>deskbench_drive_api_root</c> moves the Drive API (tests use a fake on loopback).
/// </summary>
public static class GoogleDriveSettingsReader
{
    private const string DefaultTokenUri = "https://oauth2.googleapis.com/token";

    public static async Task<GoogleDriveAccount> ReadAsync(string settingsPath, string settingsDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settingsPath);
        var settings = ParseYaml(settingsPath, await File.ReadAllTextAsync(settingsPath, cancellationToken));
        var (clientId, clientSecret, clientTokenUri) = await ReadClientAsync(settingsPath, settingsDirectory, settings, cancellationToken);

        var credentialName = Text(settings, "save_credentials_file")
            ?? throw new GoogleAccountSettingsException(settingsPath,
                "no save_credentials_file: Deskbench cannot sign in interactively; sign in once with PyDrive (save_credentials: true) and copy the credentials file here");
        var credentialPath = Locate(settingsPath, settingsDirectory, credentialName);
        var credential = await ReadJsonAsync(settingsPath, credentialPath, cancellationToken);
        var refreshToken = Json(credential, "refresh_token")
            ?? throw new GoogleAccountSettingsException(settingsPath, $"the credentials file {credentialPath} has no refresh_token");

        var apiRoot = Text(settings, "deskbench_drive_api_root");
        return new GoogleDriveAccount
        {
            SettingsFile = settingsPath,
            ClientId = Json(credential, "client_id") ?? clientId,
            ClientSecret = Json(credential, "client_secret") ?? clientSecret,
            RefreshToken = refreshToken,
            AccessToken = Json(credential, "access_token"),
            AccessTokenExpiry = ParseExpiry(Json(credential, "token_expiry")),
            TokenUri = AbsoluteUri(settingsPath, "token_uri", Json(credential, "token_uri") ?? clientTokenUri ?? DefaultTokenUri),
            ApiRoot = apiRoot is null ? new Uri("https://www.googleapis.com/") : AbsoluteUri(settingsPath, "deskbench_drive_api_root", apiRoot.TrimEnd('/') + "/"),
        };
    }

    private static async Task<(string Id, string Secret, string? TokenUri)> ReadClientAsync(
        string settingsPath, string settingsDirectory, Dictionary<object, object?> settings, CancellationToken cancellationToken)
    {
        JsonObject? client;
        var backend = Text(settings, "client_config_backend") ?? "file";
        if (backend == "settings")
        {
            client = settings.GetValueOrDefault("client_config") is Dictionary<object, object?> config
                ? new JsonObject(config.Select(p => KeyValuePair.Create(p.Key.ToString()!, (JsonNode?)p.Value?.ToString())))
                : null;
        }
        else if (backend == "file")
        {
            var path = Locate(settingsPath, settingsDirectory, Text(settings, "client_config_file") ?? "client_secrets.json");
            var secrets = await ReadJsonAsync(settingsPath, path, cancellationToken);
            client = (secrets["installed"] ?? secrets["web"]) as JsonObject;
        }
        else
        {
            throw new GoogleAccountSettingsException(settingsPath, $"client_config_backend '{backend}' is not supported (expected file or settings)");
        }

        var id = client is null ? null : Json(client, "client_id");
        var secret = client is null ? null : Json(client, "client_secret");
        if (id is null || secret is null)
        {
            throw new GoogleAccountSettingsException(settingsPath, "the OAuth client configuration has no client_id and client_secret");
        }

        return (id, secret, Json(client!, "token_uri"));
    }

    private static Dictionary<object, object?> ParseYaml(string settingsPath, string text)
    {
        try
        {
            return new DeserializerBuilder().Build().Deserialize<Dictionary<object, object?>?>(text)
                ?? throw new GoogleAccountSettingsException(settingsPath, "the file is empty");
        }
        catch (YamlException ex)
        {
            throw new GoogleAccountSettingsException(settingsPath, $"not a YAML mapping: {ex.Message}", ex);
        }
    }

    private static string Locate(string settingsPath, string settingsDirectory, string name)
    {
        var found = AccountSettingsFiles.Find(settingsDirectory, name);
        if (found is not null)
        {
            return found;
        }

        var beside = Path.Combine(Path.GetDirectoryName(settingsPath) ?? settingsDirectory, Path.GetFileName(name));
        return File.Exists(beside)
            ? beside
            : throw new GoogleAccountSettingsException(settingsPath, $"'{name}' was found neither in {settingsDirectory} nor next to the settings file");
    }

    private static async Task<JsonObject> ReadJsonAsync(string settingsPath, string path, CancellationToken cancellationToken)
    {
        try
        {
            return JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken)) as JsonObject
                ?? throw new GoogleAccountSettingsException(settingsPath, $"{path} is not a JSON object");
        }
        catch (JsonException ex)
        {
            throw new GoogleAccountSettingsException(settingsPath, $"{path} is not valid JSON: {ex.Message}", ex);
        }
    }

    private static string? Text(Dictionary<object, object?> settings, string key) =>
        settings.GetValueOrDefault(key) is { } value && value.ToString() is { Length: > 0 } text ? text : null;

    private static string? Json(JsonObject json, string key) =>
        json[key] is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0 ? text : null;

    private static Uri AbsoluteUri(string settingsPath, string key, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new GoogleAccountSettingsException(settingsPath, $"{key} '{value}' is not an http(s) URL");

    /// <summary>oauth2client writes <c>token_expiry</c> as UTC <c>%Y-%m-%dT%H:%M:%SZ</c>.</summary>
    private static DateTimeOffset? ParseExpiry(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var expiry)
            ? expiry
            : null;
}

using System.Text.Json.Nodes;

namespace Deskbench.Testing.GoogleDrive;

/// <summary>
/// Writes an OSWorld account settings folder for a <see cref="FakeGoogleDrive"/>, as a user would have it: PyDrive's
/// <c>googledrive/settings.yml</c> (client_secrets.json + saved oauth2client credentials.json, whose access token has
/// expired, so the first request refreshes it) and <c>google/settings.json</c> for the <c>login</c> step.
/// </summary>
public static class FakeGoogleAccountSettings
{
    /// <summary>Writes the Drive settings into <paramref name="folder"/> and returns the settings.yml path.</summary>
    public static string WriteDrive(
        string folder, FakeGoogleDrive drive, string refreshToken = FakeGoogleDrive.RefreshToken,
        string accessToken = "ya29.stale-token", string tokenExpiry = "2024-01-01T00:00:00Z")
    {
        ArgumentNullException.ThrowIfNull(drive);
        var dir = Directory.CreateDirectory(Path.Combine(folder, "googledrive")).FullName;
        File.WriteAllText(Path.Combine(dir, "client_secrets.json"), new JsonObject
        {
            ["installed"] = new JsonObject
            {
                ["client_id"] = FakeGoogleDrive.ClientId,
                ["client_secret"] = FakeGoogleDrive.ClientSecret,
                ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
                ["token_uri"] = drive.TokenUri,
                ["redirect_uris"] = new JsonArray("http://localhost"),
            },
        }.ToJsonString());
        File.WriteAllText(Path.Combine(dir, "credentials.json"), new JsonObject
        {
            ["access_token"] = accessToken,
            ["client_id"] = FakeGoogleDrive.ClientId,
            ["client_secret"] = FakeGoogleDrive.ClientSecret,
            ["refresh_token"] = refreshToken,
            ["token_expiry"] = tokenExpiry,
            ["token_uri"] = drive.TokenUri,
            ["user_agent"] = null,
            ["revoke_uri"] = "https://oauth2.googleapis.com/revoke",
            ["id_token"] = null,
            ["invalid"] = false,
            ["_class"] = "OAuth2Credentials",
            ["_module"] = "oauth2client.client",
        }.ToJsonString());
        var settings = Path.Combine(dir, "settings.yml");
        File.WriteAllText(settings, $"""
            client_config_backend: file
            client_config_file: evaluation_examples/settings/googledrive/client_secrets.json

            save_credentials: true
            save_credentials_backend: file
            save_credentials_file: evaluation_examples/settings/googledrive/credentials.json

            get_refresh_token: true

            oauth_scope:
              - https://www.googleapis.com/auth/drive

            deskbench_drive_api_root: {drive.ApiRoot}
            """);
        return settings;
    }
}

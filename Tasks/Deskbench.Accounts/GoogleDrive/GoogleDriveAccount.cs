namespace Deskbench.Accounts.GoogleDrive;

/// <summary>
/// What the Drive client needs from the user's PyDrive settings: the OAuth client, the stored credential (a refresh token
/// and maybe a still valid access token) and where the APIs are. <see cref="SettingsFile"/> is named in every error.
/// </summary>
public sealed record GoogleDriveAccount
{
    /// <summary>The PyDrive <c>settings.yml</c> these values come from.</summary>
    public required string SettingsFile { get; init; }

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public required string RefreshToken { get; init; }

    /// <summary>The stored access token, used while <see cref="AccessTokenExpiry"/> is ahead.</summary>
    public string? AccessToken { get; init; }

    public DateTimeOffset? AccessTokenExpiry { get; init; }

    /// <summary>The OAuth2 token endpoint (the credential's <c>token_uri</c>; Google's: https://oauth2.googleapis.com/token).</summary>
    public required Uri TokenUri { get; init; }

    /// <summary>
    /// The root below which <c>drive/v2/…</c> and <c>upload/drive/v2/…</c> live: https://www.googleapis.com/ unless the
    /// settings file sets <c>deskbench_drive_api_root</c> (tests point it at a fake on loopback).
    /// </summary>
    public Uri ApiRoot { get; init; } = new("https://www.googleapis.com/");
}

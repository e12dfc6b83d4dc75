using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Accounts.GoogleDrive;

/// <summary>
/// The bearer token for Drive requests: the stored access token while it has more than a minute left, otherwise a fresh
/// one from the token endpoint (<c>grant_type=refresh_token</c> with the client id and secret, as oauth2client refreshes).
/// A refused refresh is a <see cref="GoogleAccountSettingsException"/> naming the settings file.
/// </summary>
internal sealed class GoogleAccessTokenSource(GoogleDriveAccount account, HttpClient http, TimeProvider clock)
{
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(1);

    private string? token = account.AccessToken;
    private DateTimeOffset? expiry = account.AccessTokenExpiry;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (token is not null && expiry is { } until && until - ExpiryMargin > clock.GetUtcNow())
        {
            return token;
        }

        return await RefreshAsync(cancellationToken);
    }

    /// <summary>Gets a new access token (also after the API refused the current one with 401).</summary>
    public async Task<string> RefreshAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = account.ClientId,
            ["client_secret"] = account.ClientSecret,
            ["refresh_token"] = account.RefreshToken,
        });
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(account.TokenUri, form, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new HttpRequestException($"Google token endpoint {account.TokenUri} cannot be reached: {ex.Message}", ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new GoogleAccountSettingsException(account.SettingsFile,
                    $"the token endpoint {account.TokenUri} refused the stored credentials ({(int)response.StatusCode}: {Describe(body)})");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"Google token endpoint {account.TokenUri} answered {(int)response.StatusCode}: {Describe(body)}");
            }

            var answer = Parse(body);
            token = answer?["access_token"]?.GetValue<string>()
                ?? throw new HttpRequestException($"Google token endpoint {account.TokenUri} answered without an access_token");
            var seconds = answer["expires_in"] is JsonValue value && value.TryGetValue(out double s) ? s : 3600;
            expiry = clock.GetUtcNow().AddSeconds(seconds);
            return token;
        }
    }

    private static JsonObject? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(string body) => Parse(body) is { } error && error["error"] is JsonValue code
        ? $"{code}{(error["error_description"] is JsonValue description ? ": " + description : "")}"
        : body.Length <= 200 ? body.Trim() : body[..200].Trim() + "…";
}

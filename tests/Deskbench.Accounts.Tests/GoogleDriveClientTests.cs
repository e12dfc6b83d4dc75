using System.Net;
using Deskbench.Accounts.GoogleDrive;
using Deskbench.Testing.GoogleDrive;

namespace Deskbench.Accounts.Tests;

/// <summary>
/// The Drive client and its settings against <see cref="FakeGoogleDrive"/> (the token endpoint and Drive v2 on loopback):
/// token reuse and refresh, PyDrive's settings variants, query quoting, and the errors a user sees.
/// </summary>
public sealed class GoogleDriveClientTests : IAsyncDisposable
{
    private readonly FakeGoogleDrive drive = new();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("deskbench-accounts-");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stored_access_token_that_has_not_expired_is_used_without_a_refresh()
    {
        drive.Add("a.txt");
        var settings = FakeGoogleAccountSettings.WriteDrive(folder.FullName, drive,
            accessToken: drive.IssueToken(), tokenExpiry: DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        using var client = new GoogleDriveClient(await GoogleDriveSettingsReader.ReadAsync(settings, folder.FullName, Token));

        Assert.Single(await client.ListAsync("title = 'a.txt'", Token));
        Assert.Equal(0, drive.TokensIssued);
    }

    [Fact]
    public async Task A_token_the_api_refuses_is_refreshed_once_and_the_request_repeated()
    {
        drive.Add("a.txt");
        using var client = await CreateClientAsync();
        Assert.Single(await client.ListAsync("trashed = false", Token));

        drive.RevokeTokens();
        Assert.Single(await client.ListAsync("trashed = false", Token));

        Assert.Equal(2, drive.TokensIssued);
        Assert.Equal(2, drive.Requests.Count(r => r == "POST /token"));
    }

    [Fact]
    public async Task Upload_folder_creation_download_trash_and_delete_round_trip()
    {
        using var client = await CreateClientAsync();
        var local = Path.Combine(folder.FullName, "report.bin");
        await File.WriteAllBytesAsync(local, [0, 1, 2, 255], Token);

        var parent = await client.CreateFolderAsync("reports", "root", Token);
        var file = await client.UploadAsync("Bob's report.bin", parent.Id, local, Token);
        var found = Assert.Single(await client.ListAsync(
            $"title = {DriveQuery.Literal("Bob's report.bin")} and {DriveQuery.Literal(parent.Id)} in parents", Token));
        var copy = Path.Combine(folder.FullName, "copy", "report.bin");
        await client.DownloadAsync(found.Id, copy, Token);
        await client.TrashAsync(file.Id, Token);
        var trashed = drive.Files.Single(f => f.Id == file.Id).Trashed;
        await client.DeleteAsync(parent.Id, Token);

        Assert.Equal(DriveFile.FolderMimeType, parent.MimeType);
        Assert.Equal(file.Id, found.Id);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, await File.ReadAllBytesAsync(copy, Token));
        Assert.True(trashed);
        Assert.Empty(drive.Files);
    }

    [Fact]
    public async Task A_google_doc_download_is_refused_by_the_api()
    {
        var doc = drive.Add("notes", mimeType: "application/vnd.google-apps.document");
        using var client = await CreateClientAsync();

        var ex = await Assert.ThrowsAsync<GoogleDriveApiException>(() => client.DownloadAsync(doc, Path.Combine(folder.FullName, "notes"), Token));

        Assert.Equal(HttpStatusCode.Forbidden, ex.Status);
        Assert.Contains("fileNotDownloadable", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_config_from_the_settings_backend_is_read()
    {
        FakeGoogleAccountSettings.WriteDrive(folder.FullName, drive);
        var settings = Path.Combine(folder.FullName, "googledrive", "inline.yml");
        await File.WriteAllTextAsync(settings, $"""
            client_config_backend: settings
            client_config:
              client_id: {FakeGoogleDrive.ClientId}
              client_secret: {FakeGoogleDrive.ClientSecret}
            save_credentials_file: googledrive/credentials.json
            deskbench_drive_api_root: {drive.ApiRoot}
            """, Token);

        var account = await GoogleDriveSettingsReader.ReadAsync(settings, folder.FullName, Token);
        using var client = new GoogleDriveClient(account);

        Assert.Equal(FakeGoogleDrive.ClientId, account.ClientId);
        Assert.Empty(await client.ListAsync("title = 'none'", Token));
        Assert.Equal(1, drive.TokensIssued);
    }

    [Fact]
    public async Task Incomplete_settings_are_errors_that_name_the_settings_file()
    {
        var settings = FakeGoogleAccountSettings.WriteDrive(folder.FullName, drive);
        var credentials = Path.Combine(folder.FullName, "googledrive", "credentials.json");
        await File.WriteAllTextAsync(credentials, """{"access_token": "x", "_class": "OAuth2Credentials"}""", Token);

        var noRefreshToken = await Assert.ThrowsAsync<GoogleAccountSettingsException>(() =>
            GoogleDriveSettingsReader.ReadAsync(settings, folder.FullName, Token));
        File.Delete(Path.Combine(folder.FullName, "googledrive", "client_secrets.json"));
        var noClient = await Assert.ThrowsAsync<GoogleAccountSettingsException>(() =>
            GoogleDriveSettingsReader.ReadAsync(settings, folder.FullName, Token));

        Assert.Equal(settings, noRefreshToken.SettingsFile);
        Assert.Contains("refresh_token", noRefreshToken.Message, StringComparison.Ordinal);
        Assert.Contains("client_secrets.json", noClient.Message, StringComparison.Ordinal);
        Assert.Empty(drive.Requests);
    }

    public async ValueTask DisposeAsync()
    {
        await drive.DisposeAsync();
        folder.Delete(recursive: true);
    }

    private async Task<GoogleDriveClient> CreateClientAsync()
    {
        var settings = FakeGoogleAccountSettings.WriteDrive(folder.FullName, drive);
        return new GoogleDriveClient(await GoogleDriveSettingsReader.ReadAsync(settings, folder.FullName, Token));
    }
}

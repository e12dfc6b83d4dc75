using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Deskbench.Accounts.GoogleDrive;

/// <summary>
/// The Drive v2 REST calls PyDrive makes for OSWorld (v2, because OSWorld's queries use v2's <c>title</c> field):
/// files.list with a query (all pages), files.insert of a folder or of a file with content (multipart upload),
/// files.delete, files.trash and files.get with <c>alt=media</c>. A 401 refreshes the access token once and retries.
/// </summary>
public sealed class GoogleDriveClient : IDisposable
{
    private readonly HttpClient http;
    private readonly Uri apiRoot;
    private readonly GoogleAccessTokenSource tokens;

    public GoogleDriveClient(GoogleDriveAccount account, TimeProvider? clock = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.Timeout = TimeSpan.FromMinutes(5);
        apiRoot = account.ApiRoot;
        tokens = new GoogleAccessTokenSource(account, http, clock ?? TimeProvider.System);
    }

    /// <summary>Every file matching <paramref name="query"/> (Drive search syntax), in the API's order.</summary>
    public async Task<IReadOnlyList<DriveFile>> ListAsync(string query, CancellationToken cancellationToken)
    {
        var files = new List<DriveFile>();
        string? pageToken = null;
        do
        {
            var url = $"drive/v2/files?maxResults=1000&q={Uri.EscapeDataString(query)}"
                + (pageToken is null ? "" : $"&pageToken={Uri.EscapeDataString(pageToken)}");
            var page = await SendJsonAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(apiRoot, url)), $"files.list q={query}", cancellationToken);
            foreach (var item in page["items"] as JsonArray ?? [])
            {
                if (item is JsonObject file)
                {
                    files.Add(ToFile(file));
                }
            }

            pageToken = page["nextPageToken"] is JsonValue next && next.TryGetValue(out string? text) && text.Length > 0 ? text : null;
        }
        while (pageToken is not null);

        return files;
    }

    /// <summary>Creates a folder titled <paramref name="title"/> in <paramref name="parentId"/> (null: My Drive's root).</summary>
    public async Task<DriveFile> CreateFolderAsync(string title, string? parentId, CancellationToken cancellationToken)
    {
        var metadata = Metadata(title, parentId, DriveFile.FolderMimeType).ToJsonString();
        return ToFile(await SendJsonAsync(
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(apiRoot, "drive/v2/files"))
            {
                Content = new StringContent(metadata, Encoding.UTF8, "application/json"),
            },
            $"files.insert folder '{title}'", cancellationToken));
    }

    /// <summary>Uploads <paramref name="localPath"/> as a file titled <paramref name="title"/> in <paramref name="parentId"/> (null: root).</summary>
    public async Task<DriveFile> UploadAsync(string title, string? parentId, string localPath, CancellationToken cancellationToken)
    {
        var metadata = Metadata(title, parentId, mimeType: null).ToJsonString();
        var content = await File.ReadAllBytesAsync(localPath, cancellationToken);
        return ToFile(await SendJsonAsync(() =>
        {
            var body = new MultipartContent("related", "deskbench-" + Guid.NewGuid().ToString("N"))
            {
                new StringContent(metadata, Encoding.UTF8, "application/json"),
                new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } },
            };
            return new HttpRequestMessage(HttpMethod.Post, new Uri(apiRoot, "upload/drive/v2/files?uploadType=multipart")) { Content = body };
        }, $"files.insert '{title}' (upload)", cancellationToken));
    }

    /// <summary>Deletes a file or folder for good (a folder's contents go with it).</summary>
    public async Task DeleteAsync(string fileId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Delete, FileUri(fileId, "")), $"files.delete {fileId}", cancellationToken);
    }

    /// <summary>Moves a file or folder to the trash.</summary>
    public async Task TrashAsync(string fileId, CancellationToken cancellationToken) =>
        await SendJsonAsync(() => new HttpRequestMessage(HttpMethod.Post, FileUri(fileId, "/trash")), $"files.trash {fileId}", cancellationToken);

    /// <summary>Saves the content of a (non Google-native) file to <paramref name="localPath"/>.</summary>
    public async Task DownloadAsync(string fileId, string localPath, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Get, FileUri(fileId, "?alt=media")), $"files.get {fileId} alt=media", cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(localPath))!);
        await using var file = File.Create(localPath);
        await response.Content.CopyToAsync(file, cancellationToken);
    }

    public void Dispose() => http.Dispose();

    private Uri FileUri(string fileId, string suffix) => new(apiRoot, $"drive/v2/files/{Uri.EscapeDataString(fileId)}{suffix}");

    private static JsonObject Metadata(string title, string? parentId, string? mimeType)
    {
        var metadata = new JsonObject { ["title"] = title };
        if (mimeType is not null)
        {
            metadata["mimeType"] = mimeType;
        }

        if (parentId is not null && parentId != "root")
        {
            metadata["parents"] = new JsonArray(new JsonObject { ["id"] = parentId });
        }

        return metadata;
    }

    private static DriveFile ToFile(JsonObject file) => new(
        file["id"]?.GetValue<string>() ?? throw new InvalidDataException("Google Drive returned a file without an id"),
        file["title"]?.GetValue<string>() ?? "",
        file["mimeType"]?.GetValue<string>() ?? "application/octet-stream");

    private async Task<JsonObject> SendJsonAsync(Func<HttpRequestMessage> request, string what, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, what, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return JsonNode.Parse(body) as JsonObject ?? throw new InvalidDataException($"Google Drive: {what} answered with no JSON object");
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, string what, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            using var request = createRequest();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 1)
                {
                    token = await tokens.RefreshAsync(cancellationToken);
                    continue;
                }

                throw new GoogleDriveApiException(response.StatusCode, what, await response.Content.ReadAsStringAsync(cancellationToken));
            }
        }
    }
}

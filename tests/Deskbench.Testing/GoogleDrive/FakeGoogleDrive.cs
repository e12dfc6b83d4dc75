using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Testing.Http;

namespace Deskbench.Testing.GoogleDrive;

/// <summary>
/// Google's OAuth2 token endpoint and the Drive v2 REST API on 127.0.0.1 (a free port), speaking their wire protocol:
/// <c>POST /token</c> (form: grant_type=refresh_token, client_id, client_secret, refresh_token → access_token, expires_in),
/// <c>GET /drive/v2/files?q=&amp;maxResults=&amp;pageToken=</c> (pages of <see cref="PageSize"/>),
/// <c>POST /drive/v2/files</c> (JSON metadata), <c>POST /upload/drive/v2/files?uploadType=multipart</c> (multipart/related),
/// <c>DELETE /drive/v2/files/{id}</c>, <c>POST /drive/v2/files/{id}/trash</c>, <c>GET /drive/v2/files/{id}?alt=media</c>.
/// Every Drive request needs <c>Authorization: Bearer</c> with a token this fake issued (401 otherwise).
/// </summary>
public sealed class FakeGoogleDrive : IAsyncDisposable
{
    public const string ClientId = "deskbench-test.apps.googleusercontent.com";
    public const string ClientSecret = "fake-client-secret";
    public const string RefreshToken = "1//fake-refresh-token";

    private readonly ConcurrentDictionary<string, FakeDriveFile> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> issuedTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> requests = new();
    private readonly LoopbackHttpServer server;
    private int nextId;
    private int tokensFromEndpoint;

    public FakeGoogleDrive()
    {
        // Each request is handled on its own task, so a slow client does not hold up the others.
        server = new LoopbackHttpServer(context =>
        {
            _ = Task.Run(() => HandleAsync(context));
            return Task.CompletedTask;
        });
    }

    public int Port => server.Port;

    public string ApiRoot => $"http://127.0.0.1:{Port}/";

    public string TokenUri => $"http://127.0.0.1:{Port}/token";

    /// <summary>Items per files.list page (small, so that clients must follow nextPageToken).</summary>
    public int PageSize { get; init; } = 2;

    /// <summary>How many times the token endpoint issued a token.</summary>
    public int TokensIssued => Volatile.Read(ref tokensFromEndpoint);

    /// <summary>"METHOD path" of every Drive and token request, in order.</summary>
    public IReadOnlyList<string> Requests => requests.ToList();

    /// <summary>Everything the drive holds (trashed items included).</summary>
    public IReadOnlyList<FakeDriveFile> Files => files.Values.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();

    /// <summary>Adds a file (or, with <see cref="FakeDriveFile.FolderMimeType"/>, a folder) and returns its id.</summary>
    public string Add(string title, string parentId = "root", string mimeType = "application/octet-stream", byte[]? content = null, bool trashed = false)
    {
        var id = $"file{Interlocked.Increment(ref nextId):D4}";
        files[id] = new FakeDriveFile(id, title, mimeType, parentId, content ?? [], trashed);
        return id;
    }

    public string AddFolder(string title, string parentId = "root") => Add(title, parentId, FakeDriveFile.FolderMimeType);

    /// <summary>Issues an access token without a token request (a token a client saved earlier).</summary>
    public string IssueToken()
    {
        var token = $"ya29.fake-{Guid.NewGuid():N}";
        issuedTokens[token] = true;
        return token;
    }

    /// <summary>Makes every issued access token invalid (the next Drive request answers 401).</summary>
    public void RevokeTokens()
    {
        foreach (var token in issuedTokens.Keys)
        {
            issuedTokens[token] = false;
        }
    }

    /// <summary>The non-trashed item at a title path from the root, or null.</summary>
    public FakeDriveFile? Find(params string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FakeDriveFile? current = null;
        foreach (var title in path)
        {
            var parent = current?.Id ?? "root";
            current = files.Values.Where(f => f.ParentId == parent && f.Title == title && !IsTrashed(f)).OrderBy(f => f.Id, StringComparer.Ordinal).FirstOrDefault();
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>True when the item or one of its folders is trashed.</summary>
    public bool IsTrashed(FakeDriveFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        for (FakeDriveFile? f = file; f is not null; f = files.GetValueOrDefault(f.ParentId))
        {
            if (f.Trashed)
            {
                return true;
            }
        }

        return false;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath;
        requests.Enqueue($"{request.HttpMethod} {path}");
        using var body = new MemoryStream();
        await request.InputStream.CopyToAsync(body);
        FakeDriveResponse answer;
        try
        {
            answer = path == "/token" ? Token(request, body.ToArray()) : Drive(request, path, body.ToArray());
        }
        catch (FormatException ex)
        {
            answer = FakeDriveResponse.Error(400, "invalid", ex.Message);
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        await context.Response.OutputStream.WriteAsync(answer.Body);
        context.Response.Close();
    }

    private FakeDriveResponse Token(HttpListenerRequest request, byte[] body)
    {
        var form = System.Web.HttpUtility.ParseQueryString(Encoding.UTF8.GetString(body));
        if (request.HttpMethod != "POST" || form["grant_type"] != "refresh_token")
        {
            return FakeDriveResponse.Json(400, new JsonObject { ["error"] = "unsupported_grant_type" });
        }

        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return FakeDriveResponse.Json(401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "The OAuth client was not found." });
        }

        if (form["refresh_token"] != RefreshToken)
        {
            return FakeDriveResponse.Json(400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "Token has been expired or revoked." });
        }

        var token = IssueToken();
        Interlocked.Increment(ref tokensFromEndpoint);
        return FakeDriveResponse.Json(200, new JsonObject { ["access_token"] = token, ["expires_in"] = 3599, ["token_type"] = "Bearer" });
    }

    private FakeDriveResponse Drive(HttpListenerRequest request, string path, byte[] body)
    {
        var authorization = request.Headers["Authorization"];
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !issuedTokens.GetValueOrDefault(authorization[7..]))
        {
            return FakeDriveResponse.Error(401, "authError", "Invalid Credentials");
        }

        var query = request.QueryString;
        const string filesPath = "/drive/v2/files";
        return (request.HttpMethod, path) switch
        {
            ("GET", filesPath) => List(query["q"] ?? "", query["pageToken"], int.TryParse(query["maxResults"], out var max) ? max : 100),
            ("POST", filesPath) => Create(JsonNode.Parse(body)!.AsObject(), []),
            ("POST", "/upload/drive/v2/files") when query["uploadType"] == "multipart" => Upload(request.ContentType ?? "", body),
            ("DELETE", _) when path.StartsWith(filesPath + "/", StringComparison.Ordinal) => Delete(path[(filesPath.Length + 1)..]),
            ("POST", _) when path.StartsWith(filesPath + "/", StringComparison.Ordinal) && path.EndsWith("/trash", StringComparison.Ordinal) =>
                Trash(path[(filesPath.Length + 1)..^"/trash".Length]),
            ("GET", _) when path.StartsWith(filesPath + "/", StringComparison.Ordinal) && query["alt"] == "media" => Media(path[(filesPath.Length + 1)..]),
            _ => FakeDriveResponse.Error(404, "notFound", $"no route {request.HttpMethod} {path}"),
        };
    }

    private FakeDriveResponse List(string q, string? pageToken, int maxResults)
    {
        var predicate = q.Length == 0 ? _ => true : FakeDriveQuery.Parse(q);
        var matches = files.Values.Where(predicate).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        var skip = pageToken is null ? 0 : int.Parse(pageToken, System.Globalization.CultureInfo.InvariantCulture);
        var take = Math.Min(PageSize, maxResults);
        var page = new JsonObject
        {
            ["kind"] = "drive#fileList",
            ["items"] = new JsonArray(matches.Skip(skip).Take(take).Select(Resource).ToArray<JsonNode?>()),
        };
        if (skip + take < matches.Count)
        {
            page["nextPageToken"] = (skip + take).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return FakeDriveResponse.Json(200, page);
    }

    private FakeDriveResponse Create(JsonObject metadata, byte[] content)
    {
        var title = metadata["title"] is JsonValue t && t.TryGetValue(out string? text) ? text : "Untitled";
        var parent = metadata["parents"] is JsonArray { Count: > 0 } parents ? parents[0]!["id"]!.GetValue<string>() : "root";
        if (parent != "root" && !files.ContainsKey(parent))
        {
            return FakeDriveResponse.Error(404, "notFound", $"File not found: {parent}");
        }

        var mimeType = metadata["mimeType"]?.GetValue<string>() ?? "application/octet-stream";
        var id = Add(title, parent, mimeType, content);
        return FakeDriveResponse.Json(200, Resource(files[id]));
    }

    private FakeDriveResponse Upload(string contentType, byte[] body)
    {
        var parts = FakeMultipartRelated.Split(body, contentType);
        if (parts.Count != 2)
        {
            throw new FormatException($"a multipart upload has 2 parts, got {parts.Count}");
        }

        return Create(JsonNode.Parse(parts[0])!.AsObject(), parts[1]);
    }

    private FakeDriveResponse Delete(string id)
    {
        if (!files.TryRemove(id, out _))
        {
            return FakeDriveResponse.Error(404, "notFound", $"File not found: {id}");
        }

        foreach (var child in files.Values.Where(f => f.ParentId == id).ToList())
        {
            Delete(child.Id);
        }

        return new FakeDriveResponse(204, "text/plain", []);
    }

    private FakeDriveResponse Trash(string id)
    {
        if (!files.TryGetValue(id, out var file))
        {
            return FakeDriveResponse.Error(404, "notFound", $"File not found: {id}");
        }

        files[id] = file with { Trashed = true };
        return FakeDriveResponse.Json(200, Resource(files[id]));
    }

    private FakeDriveResponse Media(string id) => files.TryGetValue(id, out var file)
        ? file.MimeType.StartsWith("application/vnd.google-apps.", StringComparison.Ordinal)
            ? FakeDriveResponse.Error(403, "fileNotDownloadable", "Only files with binary content can be downloaded. Use Export with Docs Editors files.")
            : new FakeDriveResponse(200, "application/octet-stream", file.Content)
        : FakeDriveResponse.Error(404, "notFound", $"File not found: {id}");

    private JsonObject Resource(FakeDriveFile file) => new()
    {
        ["kind"] = "drive#file",
        ["id"] = file.Id,
        ["title"] = file.Title,
        ["mimeType"] = file.MimeType,
        ["labels"] = new JsonObject { ["trashed"] = IsTrashed(file) },
        ["parents"] = new JsonArray(new JsonObject { ["id"] = file.ParentId, ["isRoot"] = file.ParentId == "root" }),
    };
}

using System.Net;
using System.Text.Json.Nodes;

namespace Deskbench.Guest.Tests.Http;

[Collection(GuestDesktopCollection.Name)]
public sealed class FileEndpointTests(GuestDesktopFixture desktop)
{
    private static async Task<(HttpStatusCode Status, byte[] Body, HttpResponseMessage Response)> GetFileAsync(HttpClient client, string path)
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("file_path", path)]);
        var response = await client.PostAsync("file", form, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), response);
    }

    private static async Task<(HttpStatusCode Status, string Body)> UploadAsync(HttpClient client, string path, byte[] data, bool dataFirst = false)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(data);
        if (dataFirst)
        {
            form.Add(file, "file_data", "blob.bin");
            form.Add(new StringContent(path), "file_path");
        }
        else
        {
            form.Add(new StringContent(path), "file_path");
            form.Add(file, "file_data", "blob.bin");
        }

        using var response = await client.PostAsync("setup/upload", form, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Missing_file_is_404_with_osworld_body()
    {
        desktop.RequireDesktop();
        var (status, body, response) = await GetFileAsync(desktop.Client, "/nonexistent/deskbench/file.txt");
        response.Dispose();
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("File not found", (string?)HttpJson.Object(System.Text.Encoding.UTF8.GetString(body))["error"]);
    }

    [Fact]
    public async Task File_is_returned_byte_for_byte_as_an_attachment()
    {
        desktop.RequireDesktop();
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();
        var path = Path.Combine(desktop.Home, "binary.dat");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        var (status, body, response) = await GetFileAsync(desktop.Client, "~/binary.dat");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(bytes, body);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        }
    }

    [Fact]
    public async Task Upload_creates_parent_folders_and_round_trips_through_file()
    {
        desktop.RequireDesktop();
        var data = System.Text.Encoding.UTF8.GetBytes("uploaded ✓ content\n");
        var target = Path.Combine(desktop.Home, "up", Guid.NewGuid().ToString("N"), "nested", "note.txt");
        var (status, body) = await UploadAsync(desktop.Client, target, data);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"File Uploaded: {data.Length} bytes", body);
        Assert.Equal(data, await File.ReadAllBytesAsync(target, TestContext.Current.CancellationToken));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!)); // no temporary file left behind

        var (fileStatus, fileBody, response) = await GetFileAsync(desktop.Client, target);
        response.Dispose();
        Assert.Equal(HttpStatusCode.OK, fileStatus);
        Assert.Equal(data, fileBody);
    }

    [Fact]
    public async Task Upload_accepts_the_file_before_the_path_and_replaces_an_existing_file()
    {
        desktop.RequireDesktop();
        var target = Path.Combine(desktop.Home, "replace-me.txt");
        await File.WriteAllTextAsync(target, "old content that is longer", TestContext.Current.CancellationToken);
        var (status, body) = await UploadAsync(desktop.Client, "~/replace-me.txt", "new"u8.ToArray(), dataFirst: true);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("File Uploaded: 3 bytes", body);
        Assert.Equal("new", await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Upload_without_file_data_is_400()
    {
        desktop.RequireDesktop();
        using var form = new MultipartFormDataContent { { new StringContent("/tmp/x"), "file_path" } };
        using var response = await desktop.Client.PostAsync("setup/upload", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task List_directory_returns_osworld_tree()
    {
        desktop.RequireDesktop();
        var root = Path.Combine(desktop.Home, "tree-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "sub", "deeper"));
        await File.WriteAllTextAsync(Path.Combine(root, "a.txt"), "a", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(root, "sub", "b.txt"), "b", TestContext.Current.CancellationToken);

        var (status, body) = await desktop.Client.PostJsonAsync("/list_directory", new JsonObject { ["path"] = root });
        Assert.Equal(HttpStatusCode.OK, status);
        var tree = HttpJson.Object(body)["directory_tree"]!.AsObject();
        Assert.Equal("directory", (string?)tree["type"]);
        Assert.Equal(Path.GetFileName(root), (string?)tree["name"]);
        var children = tree["children"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(2, children.Count);
        var file = Assert.Single(children, c => (string?)c["type"] == "file");
        Assert.Equal("a.txt", (string?)file["name"]);
        Assert.Equal(2, file.Count); // exactly {type, name}
        var sub = Assert.Single(children, c => (string?)c["type"] == "directory");
        Assert.Equal("sub", (string?)sub["name"]);
        var subChildren = sub["children"]!.AsArray().Select(c => $"{(string?)c!["type"]}:{(string?)c["name"]}").Order(StringComparer.Ordinal);
        Assert.Equal(["directory:deeper", "file:b.txt"], subChildren);
    }

    [Fact]
    public async Task List_directory_of_a_missing_folder_is_404_and_without_path_400()
    {
        desktop.RequireDesktop();
        var (missing, body) = await desktop.Client.PostJsonAsync("/list_directory", new JsonObject { ["path"] = "/nonexistent/deskbench" });
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("The provided path is not a directory", (string?)HttpJson.Object(body)["error"]);
        var (noPath, _) = await desktop.Client.PostJsonAsync("/list_directory", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, noPath);
    }
}

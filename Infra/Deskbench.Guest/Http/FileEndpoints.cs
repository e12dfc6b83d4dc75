using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Deskbench.Guest.Http;

/// <summary>OSWorld's <c>/file</c>, <c>/setup/upload</c> and <c>/list_directory</c>.</summary>
internal static class FileEndpoints
{
    public static void MapFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/file", GetFileAsync);
        app.MapPost("/setup/upload", UploadAsync);
        app.MapPost("/list_directory", ListDirectoryAsync);
    }

    /// <summary>Form <c>file_path</c> → the raw file as an attachment; 404 <c>{"error":"File not found"}</c>.</summary>
    private static async Task<IResult> GetFileAsync(HttpRequest request, GuestServices services, CancellationToken cancellationToken)
    {
        string? requested = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            requested = form["file_path"].FirstOrDefault();
        }

        if (requested is null)
        {
            return RequestBodies.Error("file_path is required", StatusCodes.Status400BadRequest);
        }

        var path = GuestPaths.Expand(requested, services.Environment);
        if (File.Exists(path))
        {
            return Results.File(Path.GetFullPath(path), "application/octet-stream", Path.GetFileName(path));
        }

        return Directory.Exists(path)
            ? RequestBodies.Error($"Failed to serve file: [Errno 21] Is a directory: {GuestPaths.PythonRepr(path)}", StatusCodes.Status500InternalServerError)
            : RequestBodies.Error("File not found", StatusCodes.Status404NotFound);
    }

    /// <summary>Multipart <c>file_path</c> + <c>file_data</c> → text <c>"File Uploaded: N bytes"</c>.</summary>
    private static async Task<IResult> UploadAsync(HttpRequest request, GuestServices services, CancellationToken cancellationToken)
    {
        try
        {
            return await UploadReceiver.ReceiveAsync(request, services.Environment, cancellationToken).ConfigureAwait(false) is { } written
                ? RequestBodies.Text($"File Uploaded: {written.Size} bytes")
                : RequestBodies.Error("file_path and file_data are required", StatusCodes.Status400BadRequest);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return RequestBodies.Error($"Failed to upload file: {exception.Message}", StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>
    /// JSON <c>{path}</c> → <c>{directory_tree}</c>. A path that is not a folder answers 404 (OSWorld answers 400; both mean
    /// "no tree" to OSWorld's client, and 404 is what Deskbench's client reads as "does not exist").
    /// </summary>
    private static async Task<IResult> ListDirectoryAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await RequestBodies.ReadJsonObjectAsync(request, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return RequestBodies.BadJson();
        }

        if (RequestBodies.StringMember(body, "path") is not { } path)
        {
            return RequestBodies.Error("Missing 'path' parameter", StatusCodes.Status400BadRequest);
        }

        return Directory.Exists(path)
            ? RequestBodies.Json(new JsonObject { ["directory_tree"] = DirectoryTree.Build(path) })
            : RequestBodies.Error("The provided path is not a directory", StatusCodes.Status404NotFound);
    }
}

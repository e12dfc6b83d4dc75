using Deskbench.Guest.Session;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Deskbench.Guest.Http;

/// <summary>
/// Streams a <c>/setup/upload</c> multipart body (<c>file_path</c> field, <c>file_data</c> file) into a temporary file next to
/// the target and renames it into place, so a reader never sees a half-written file. Parent folders are created.
/// </summary>
internal static class UploadReceiver
{
    public const string PathField = "file_path";
    public const string DataField = "file_data";

    /// <summary>The written path and its size, or null when the body lacks <c>file_path</c> or <c>file_data</c>.</summary>
    public static async Task<(string Path, long Size)?> ReceiveAsync(
        HttpRequest request,
        SessionEnvironment environment,
        CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }

        var reader = new MultipartReader(boundary, request.Body);
        string? target = null;
        string? temporary = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (name == PathField && target is null)
                {
                    using var text = new StreamReader(section.Body);
                    target = GuestPaths.Expand(await text.ReadToEndAsync(cancellationToken).ConfigureAwait(false), environment);
                }
                else if (name == DataField && temporary is null)
                {
                    temporary = TemporaryPathFor(target);
                    await using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                    await section.Body.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                }
            }

            if (target is null || temporary is null)
            {
                return null;
            }

            if (Path.GetDirectoryName(target) is { Length: > 0 } parent)
            {
                Directory.CreateDirectory(parent);
            }

            File.Move(temporary, target, overwrite: true);
            temporary = null;
            return (target, new FileInfo(target).Length);
        }
        finally
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Beside the target when it is known (same file system: the rename is atomic), else in the temp folder.</summary>
    private static string TemporaryPathFor(string? target)
    {
        var folder = Path.GetTempPath();
        var name = "upload";
        if (target is not null)
        {
            name = Path.GetFileName(target);
            if (Path.GetDirectoryName(target) is { Length: > 0 } parent)
            {
                Directory.CreateDirectory(parent);
                folder = parent;
            }
        }

        return Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.deskbench-upload");
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Chrome;

/// <summary>Reads Chrome's profile files from the guest (<c>POST /file</c>).</summary>
public static class ChromeProfileFiles
{
    /// <summary>
    /// The guest JSON file at <paramref name="guestPath"/> parsed, or null when it does not exist. A file that is not a JSON
    /// object throws <see cref="ChromeGetterException"/> naming <paramref name="getter"/>, the file and the parse error.
    /// </summary>
    public static async Task<JsonObject?> ReadJsonAsync(GetterContext context, string getter, string guestPath, CancellationToken cancellationToken)
    {
        var content = await context.Environment.Guest.DownloadFileAsync(guestPath, cancellationToken);
        if (content is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(content) as JsonObject
                ?? throw new ChromeGetterException(getter, $"{guestPath} is not a JSON object");
        }
        catch (JsonException ex)
        {
            throw new ChromeGetterException(getter, $"{guestPath} is corrupt (not JSON: {ex.Message})", ex);
        }
    }

    /// <summary>Copies the guest file into the task's cache folder as <paramref name="dest"/>; null when it does not exist.</summary>
    public static async Task<string?> DownloadToCacheAsync(GetterContext context, string guestPath, string dest, CancellationToken cancellationToken)
    {
        var content = await context.Environment.Guest.DownloadFileAsync(guestPath, cancellationToken);
        if (content is null)
        {
            return null;
        }

        Directory.CreateDirectory(context.CacheDirectory);
        var local = Path.Combine(context.CacheDirectory, dest);
        await File.WriteAllBytesAsync(local, content, cancellationToken);
        return local;
    }
}

using System.Text.Json.Nodes;
using Deskbench.Core.Guest;

namespace Deskbench.Evaluators.Getters.Apps;

/// <summary>
/// Fetches an application's configuration file from the guest's home folder into the task cache, as OSWorld's config
/// getters do (<c>os.path.expanduser</c> in the guest, then <c>/file</c>).
/// </summary>
internal static class GuestConfigFile
{
    /// <summary>The guest's home folder (Linux/macOS: <c>$HOME</c>; Windows: <c>%USERPROFILE%</c>).</summary>
    public static async Task<string> HomeAsync(GetterContext context, string getterName, CancellationToken cancellationToken)
    {
        var guest = context.Environment.Guest;
        var windows = string.Equals(await guest.GetPlatformAsync(cancellationToken), "Windows", StringComparison.OrdinalIgnoreCase);
        var request = windows
            ? CommandRequest.FromArguments("cmd", "/c", "echo %USERPROFILE%")
            : CommandRequest.FromArguments("sh", "-c", "printf '%s' \"$HOME\"");
        var result = await guest.ExecuteAsync(request, cancellationToken);
        var home = result.Output.Trim();
        return result.Succeeded && home.Length > 0
            ? home
            : throw new InvalidOperationException($"{getterName}: could not read the guest's home folder ({result.Status}: {result.Error.Trim()})");
    }

    /// <summary>Joins a home-relative path the way the guest's platform writes paths.</summary>
    public static string Under(string home, string relativePath) =>
        home.Contains('\\', StringComparison.Ordinal)
            ? home.TrimEnd('\\') + "\\" + relativePath.Replace('/', '\\')
            : home.TrimEnd('/') + "/" + relativePath;

    /// <summary>Downloads <paramref name="guestPath"/> to <c>CacheDirectory/dest</c>; the local path, or None when the guest has no such file.</summary>
    public static async Task<JsonNode?> FetchAsync(GetterContext context, string guestPath, string dest, CancellationToken cancellationToken)
    {
        var content = await context.Environment.Guest.DownloadFileAsync(guestPath, cancellationToken);
        if (content is null || content.Length == 0)
        {
            return null;
        }

        var localPath = Path.Combine(context.CacheDirectory, dest);
        Directory.CreateDirectory(Path.GetDirectoryName(localPath)!);
        await File.WriteAllBytesAsync(localPath, content, cancellationToken);
        return JsonValue.Create(localPath);
    }
}

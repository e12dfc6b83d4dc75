using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// <c>vm_wallpaper</c> <c>{dest}</c>: saves the guest's wallpaper image (<c>POST /wallpaper</c>) as <c>CacheDirectory/dest</c>
/// and returns that path; null when the guest has no wallpaper file (OSWorld would crash writing None; a missing file scores 0 here).
/// </summary>
public sealed class VmWallpaperGetter : IGetter
{
    public string Name => "vm_wallpaper";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var dest = PythonValues.AsString(PythonIndexing.GetItem(spec, "dest"))
            ?? throw PythonErrorException.TypeError("dest must be a string");
        if (await context.Environment.Guest.GetWallpaperAsync(cancellationToken) is not { } content)
        {
            return null;
        }

        var localPath = Path.Combine(context.CacheDirectory, dest);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(localPath))!);
        await File.WriteAllBytesAsync(localPath, content, cancellationToken);
        return JsonValue.Create(localPath);
    }
}

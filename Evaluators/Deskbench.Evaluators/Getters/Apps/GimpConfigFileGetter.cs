using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Getters.Apps;

/// <summary>
/// <c>gimp_config_file</c> <c>{file_name, dest}</c>: copies <c>~/.config/GIMP/2.10/&lt;file_name&gt;</c> (Windows:
/// <c>%APPDATA%\GIMP\2.10\</c>, macOS: <c>~/Library/Application Support/GIMP/2.10/</c>) from the guest into
/// <c>CacheDirectory/dest</c> and returns its path; None when the file is missing or empty, as in OSWorld.
/// </summary>
public sealed class GimpConfigFileGetter : IGetter
{
    public string Name => "gimp_config_file";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var fileName = GetterSpecFields.RequireString(spec, Name, "file_name");
        var dest = GetterSpecFields.RequireString(spec, Name, "dest");
        var platform = await context.Environment.Guest.GetPlatformAsync(cancellationToken);
        var folder = platform switch
        {
            _ when platform.Equals("Windows", StringComparison.OrdinalIgnoreCase) => "AppData/Roaming/GIMP/2.10",
            _ when platform.Equals("Darwin", StringComparison.OrdinalIgnoreCase) => "Library/Application Support/GIMP/2.10",
            _ => ".config/GIMP/2.10",
        };
        var home = await GuestConfigFile.HomeAsync(context, Name, cancellationToken);
        return await GuestConfigFile.FetchAsync(context, GuestConfigFile.Under(home, $"{folder}/{fileName}"), dest, cancellationToken);
    }
}

using System.Text.Json.Nodes;
using Deskbench.Evaluators.Getters.Apps;

namespace Deskbench.Evaluators.Getters.Vlc;

/// <summary>
/// <c>vlc_config</c> <c>{dest}</c>: copies VLC's preferences file (<c>~/.config/vlc/vlcrc</c> on Linux,
/// <c>%APPDATA%\vlc\vlcrc</c> on Windows, <c>~/Library/Preferences/org.videolan.vlc/vlcrc</c> on macOS) from the guest into
/// the task cache and returns its path; None when the guest has no such file (VLC never saved its preferences).
/// </summary>
public sealed class VlcConfigGetter : IGetter
{
    public string Name => "vlc_config";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var dest = GetterSpecFields.RequireString(spec, Name, "dest");
        var platform = await context.Environment.Guest.GetPlatformAsync(cancellationToken);
        var relative = platform switch
        {
            _ when platform.Equals("Windows", StringComparison.OrdinalIgnoreCase) => "AppData/Roaming/vlc/vlcrc",
            _ when platform.Equals("Darwin", StringComparison.OrdinalIgnoreCase) => "Library/Preferences/org.videolan.vlc/vlcrc",
            _ => ".config/vlc/vlcrc",
        };
        var home = await GuestConfigFile.HomeAsync(context, Name, cancellationToken);
        return await GuestConfigFile.FetchAsync(context, GuestConfigFile.Under(home, relative), dest, cancellationToken);
    }
}

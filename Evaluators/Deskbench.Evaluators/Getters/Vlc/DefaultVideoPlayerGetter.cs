using System.Text.Json.Nodes;
using Deskbench.Core.Guest;

namespace Deskbench.Evaluators.Getters.Vlc;

/// <summary>
/// <c>default_video_player</c>: asks <c>xdg-mime query default video/&lt;type&gt;</c> in the guest for OSWorld's list of
/// video MIME types and returns the most common answer (its stdout as is, newline included; ties go to the first seen),
/// or <c>"unknown"</c> when no type has a default. One guest command runs all queries. Linux guests only, as in OSWorld.
/// </summary>
public sealed class DefaultVideoPlayerGetter : IGetter
{
    private const char Separator = '\u001e';

    private static readonly string[] VideoTypes =
    [
        "3gp", "3gpp", "3gpp2", "avi", "divx", "dv", "fli", "flv", "mp2t", "mp4", "mp4v-es", "mpeg", "mpeg-system", "msvideo",
        "ogg", "quicktime", "vnd.divx", "vnd.mpegurl", "vnd.rn-realvideo", "webm", "x-anim", "x-avi", "x-flc", "x-fli",
        "x-flv", "x-m4v", "x-matroska", "x-mpeg", "x-mpeg-system", "x-mpeg2", "x-ms-asf", "x-ms-asf-plugin", "x-ms-asx",
        "x-ms-wm", "x-ms-wmv", "x-ms-wmx", "x-ms-wvx", "x-msvideo", "x-nsv", "x-ogm", "x-ogm+ogg", "x-theora", "x-theora+ogg",
    ];

    public string Name => "default_video_player";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var platform = await context.Environment.Guest.GetPlatformAsync(cancellationToken);
        if (!platform.Equals("Linux", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException($"{Name}: unsupported operating system {platform} (OSWorld supports Linux only)");
        }

        var script = $"for t in {string.Join(' ', VideoTypes.Select(t => $"'{t}'"))}; do xdg-mime query default \"video/$t\" 2>/dev/null; printf '\\036'; done";
        var result = await context.Environment.Guest.ExecuteAsync(CommandRequest.FromArguments("sh", "-c", script), cancellationToken);
        var answers = GuestCommand.Succeeded(result)
            ? result.Output.Split(Separator).Take(VideoTypes.Length).Where(answer => answer.Length > 0).ToList()
            : [];
        if (answers.Count == 0)
        {
            return JsonValue.Create("unknown");
        }

        var best = answers.GroupBy(answer => answer, StringComparer.Ordinal)
            .Select((group, order) => (group.Key, Count: group.Count(), order))
            .OrderByDescending(entry => entry.Count).ThenBy(entry => entry.order)
            .First();
        return JsonValue.Create(best.Key);
    }
}

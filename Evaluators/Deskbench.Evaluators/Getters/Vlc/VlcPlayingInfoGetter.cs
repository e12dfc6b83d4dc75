using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Evaluators.Getters.Apps;

namespace Deskbench.Evaluators.Getters.Vlc;

/// <summary>
/// <c>vlc_playing_info</c> <c>{dest}</c>: VLC's HTTP interface status (<c>/requests/status.xml</c>, basic auth with an empty
/// user and the password <c>password</c>, as OSWorld's image configures it), saved to <c>CacheDirectory/dest</c>; None
/// when VLC does not answer. The request is made inside the guest (<c>curl</c> through <c>/execute</c>) so it reaches
/// VLC's port on every provider, not only when the guest is this machine; up to 5 tries 1 s apart, as VLC's interface
/// may still be starting.
/// </summary>
public sealed class VlcPlayingInfoGetter : IGetter
{
    /// <summary>VLC's HTTP interface as the guest reaches it (OSWorld's image: port 8080).</summary>
    public string StatusUrl { get; init; } = "http://localhost:8080/requests/status.xml";

    private const string Password = "password";
    private const int Attempts = 5;

    public string Name => "vlc_playing_info";

    /// <summary>Pause between tries.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var dest = GetterSpecFields.RequireString(spec, Name, "dest");
        var request = CommandRequest.FromArguments("curl", "-s", "-f", "--max-time", "10", "-u", ":" + Password, StatusUrl);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var result = await context.Environment.Guest.ExecuteAsync(request, cancellationToken);
            if (result.Succeeded && result.Output.Length > 0)
            {
                var localPath = Path.Combine(context.CacheDirectory, dest);
                Directory.CreateDirectory(Path.GetDirectoryName(localPath)!);
                await File.WriteAllTextAsync(localPath, result.Output, new UTF8Encoding(false), cancellationToken);
                return JsonValue.Create(localPath);
            }

            if (attempt < Attempts)
            {
                await Task.Delay(RetryDelay, context.Clock, cancellationToken);
            }
        }

        return null;
    }
}

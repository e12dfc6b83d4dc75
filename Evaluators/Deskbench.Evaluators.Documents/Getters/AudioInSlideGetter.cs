using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Documents.Getters;

/// <summary>
/// <c>audio_in_slide</c> <c>{ppt_file_path, slide_index, dest}</c>: copies the deck from the guest and returns the host path
/// of the audio of slide <c>slide_index</c> (0-based): the first relationship of the slide whose <c>Type</c> contains
/// "audio". Embedded audio is extracted next to the deck copy (e.g. <c>cache/ppt/media/media1.mp3</c>); linked audio
/// (<c>file://…</c>) is copied from the guest to <c>dest</c>. None when the slide has no audio relationship.
/// </summary>
public sealed class AudioInSlideGetter : IGetter
{
    public string Name => "audio_in_slide";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var request = SlideMediaGetterSpec.Parse(spec);
        var localDeck = await SlideMediaSource.DownloadDeckAsync(context, request, cancellationToken);
        using var deck = ZipFile.OpenRead(localDeck);
        var target = SlideMediaSource.FindTarget(deck, request, (type, _) => type.Contains("audio", StringComparison.Ordinal));
        return target is null
            ? null
            : await SlideMediaSource.ResolveAsync(context, request, localDeck, deck, target, cancellationToken);
    }
}

using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Getters;

/// <summary>
/// <c>background_image_in_slide</c> <c>{ppt_file_path, slide_index, dest}</c>: copies the deck from the guest and returns
/// the host path of the picture that fills the background of slide <c>slide_index</c> (0-based). The picture is the
/// <c>r:embed</c> of the first <c>a:blip</c> under the slide's <c>p:bgPr</c> (as in OSWorld, a <c>p:bgPr</c> whose first
/// blip has no <c>r:embed</c> is passed over), resolved through the slide relationship with that id whose <c>Type</c>
/// contains "image". None when the slide part, the background picture, or that relationship is missing.
/// </summary>
public sealed class BackgroundImageInSlideGetter : IGetter
{
    private static readonly XNamespace Presentation = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace Drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public string Name => "background_image_in_slide";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var request = SlideMediaGetterSpec.Parse(spec);
        var localDeck = await SlideMediaSource.DownloadDeckAsync(context, request, cancellationToken);
        using var deck = ZipFile.OpenRead(localDeck);
        var slide = deck.GetEntry(request.SlidePart);
        if (slide is null)
        {
            return null;
        }

        XDocument slideXml;
        using (var stream = slide.Open())
        {
            slideXml = XDocument.Load(stream);
        }

        var imageId = BackgroundPictureId(slideXml);
        if (imageId is null)
        {
            return null;
        }

        var target = SlideMediaSource.FindTarget(
            deck, request, (type, id) => type.Contains("image", StringComparison.Ordinal) && id == imageId);
        return target is null
            ? null
            : await SlideMediaSource.ResolveAsync(context, request, localDeck, deck, target, cancellationToken);
    }

    private static string? BackgroundPictureId(XDocument slide)
    {
        foreach (var background in slide.Descendants(Presentation + "bgPr"))
        {
            var firstBlip = background.Descendants(Drawing + "blip").FirstOrDefault();
            if ((string?)firstBlip?.Attribute(Relationships + "embed") is { } id)
            {
                return id;
            }
        }

        return null;
    }
}

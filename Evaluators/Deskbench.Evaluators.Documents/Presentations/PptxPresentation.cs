using System.Globalization;
using System.Xml.Linq;
using Deskbench.Evaluators.Documents.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>A .pptx read the way OSWorld's python-pptx metrics see it: slide size and slides in presentation order.</summary>
internal sealed class PptxPresentation
{
    private static readonly XNamespace P = PptxNames.P;
    private static readonly XNamespace A = PptxNames.A;

    private PptxPresentation(long slideWidth, long slideHeight, IReadOnlyList<PptxSlide> slides)
    {
        SlideWidth = slideWidth;
        SlideHeight = slideHeight;
        Slides = slides;
    }

    public long SlideWidth { get; }

    public long SlideHeight { get; }

    public IReadOnlyList<PptxSlide> Slides { get; }

    /// <summary>Opens <paramref name="path"/>; a file that is no presentation throws <see cref="DocumentReadException"/>.</summary>
    public static PptxPresentation Open(string metric, string path)
    {
        using var package = OpenXmlPackages.OpenPresentation(metric, path);
        var presentationPart = package.PresentationPart
            ?? throw new DocumentReadException(metric, path, "the package has no presentation part (not a presentation)");
        var presentation = OpenXmlPackages.ReadXml(metric, path, presentationPart)?.Root
            ?? throw new DocumentReadException(metric, path, "the presentation part is empty (not a presentation)");
        var size = presentation.Element(P + "sldSz");
        var shared = new Dictionary<OpenXmlPart, XElement?>(); // layouts and masters are read once, not once per slide
        var slides = new List<PptxSlide>();
        foreach (var id in presentation.Element(P + "sldIdLst")?.Elements(P + "sldId") ?? [])
        {
            if (OpenXmlPackages.PartById(presentationPart, (string?)id.Attribute(PptxNames.R + "id")) is { } slidePart)
            {
                slides.Add(ReadSlide(metric, path, slidePart, shared, slides.Count + 1));
            }
        }

        return new PptxPresentation(Long(size, "cx"), Long(size, "cy"), slides);
    }

    private static PptxSlide ReadSlide(string metric, string path, OpenXmlPart part, Dictionary<OpenXmlPart, XElement?> shared, int number)
    {
        var slide = OpenXmlPackages.ReadXml(metric, path, part)?.Root
            ?? throw new DocumentReadException(metric, path, $"slide part {part.Uri} is empty");
        var layoutPart = OpenXmlPackages.RelatedParts(part, "/slideLayout").FirstOrDefault();
        var layout = Shared(layoutPart);
        var master = Shared(layoutPart is null ? null : OpenXmlPackages.RelatedParts(layoutPart, "/slideMaster").FirstOrDefault());
        var notes = OpenXmlPackages.ReadXml(metric, path, OpenXmlPackages.RelatedParts(part, "/notesSlide").FirstOrDefault())?.Root;

        XElement? Shared(OpenXmlPart? sharedPart)
        {
            if (sharedPart is null)
            {
                return null;
            }

            if (!shared.TryGetValue(sharedPart, out var root))
            {
                root = OpenXmlPackages.ReadXml(metric, path, sharedPart)?.Root;
                shared[sharedPart] = root;
            }

            return root;
        }

        byte[]? Image(string rid) =>
            OpenXmlPackages.PartById(part, rid) is { } image ? OpenXmlPackages.ReadBytes(metric, path, image) : null;

        var reader = new PptxShapeReader(Tree(layout), Tree(master), Image);
        return new PptxSlide(
            number,
            reader.Read(Tree(slide)),
            Background(slide, master),
            NotesText(notes),
            Bullets(slide),
            slide.Element(P + "transition")?.ToString(SaveOptions.DisableFormatting)
                ?? slide.Descendants(P + "transition").FirstOrDefault()?.ToString(SaveOptions.DisableFormatting));
    }

    private static XElement? Tree(XElement? root) => root?.Element(P + "cSld")?.Element(P + "spTree");

    /// <summary>
    /// OSWorld's <c>get_slide_background_color</c>: a solid slide fill gives its colour; no fill (python-pptx adds a noFill
    /// background when none is set, MSO_FILL.BACKGROUND) falls back to the master's solid fill; anything else is None.
    /// A scheme colour has no <c>.rgb</c> (python-pptx raises); it is reported by its scheme name.
    /// </summary>
    private static string? Background(XElement slide, XElement? master)
    {
        var (kind, color) = Fill(slide);
        if (kind == "solid")
        {
            return color;
        }

        if (kind != "none" || master is null)
        {
            return null;
        }

        var (masterKind, masterColor) = Fill(master);
        return masterKind == "solid" ? masterColor : null;
    }

    private static (string Kind, string? Color) Fill(XElement root)
    {
        var properties = root.Element(P + "cSld")?.Element(P + "bg")?.Element(P + "bgPr");
        if (properties is null || properties.Element(A + "noFill") is not null)
        {
            return ("none", null);
        }

        var solid = properties.Element(A + "solidFill");
        if (solid is null)
        {
            return ("other", null);
        }

        var rgb = (string?)solid.Element(A + "srgbClr")?.Attribute("val");
        return ("solid", rgb?.ToUpperInvariant() ?? "scheme:" + (string?)solid.Elements().FirstOrDefault()?.Attribute("val"));
    }

    /// <summary>The notes placeholder's text (python-pptx creates an empty notes slide when there is none).</summary>
    private static string NotesText(XElement? notes)
    {
        var body = Tree(notes)?.Elements(P + "sp").FirstOrDefault(sp =>
            (string?)sp.Element(P + "nvSpPr")?.Element(P + "nvPr")?.Element(P + "ph")?.Attribute("type") == "body");
        return body is null ? string.Empty : string.Join('\n', PptxTextReader.Paragraphs(body.Element(P + "txBody")).Select(p => p.Text));
    }

    /// <summary>OSWorld's <c>_extract_bullets</c> over the whole slide XML: (lvl, bullet char, text) of each non-blank paragraph.</summary>
    private static IReadOnlyList<(string?, string, string)> Bullets(XElement slide) =>
        [.. slide.Descendants(A + "p")
            .Select(p =>
            {
                var properties = p.Element(A + "pPr");
                var level = properties is null ? "No Level" : (string?)properties.Attribute("lvl");
                var bullet = (string?)properties?.Element(A + "buChar")?.Attribute("char") ?? "No Bullet";
                return (level, bullet, string.Concat(p.Descendants(A + "t").Select(t => t.Value)));
            })
            .Where(b => !string.IsNullOrWhiteSpace(b.Item3))];

    private static long Long(XElement? element, string attribute) =>
        long.TryParse((string?)element?.Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}

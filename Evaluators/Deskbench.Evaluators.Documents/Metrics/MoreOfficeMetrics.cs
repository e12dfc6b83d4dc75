using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Deskbench.Evaluators.Documents.Packaging;
using Deskbench.Evaluators.Documents.Presentations;
using Deskbench.Evaluators.Documents.Spreadsheets;
using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>Further docs.py and slides.py checks: default font, left panel, background colour distance, train records, highlights.</summary>
public static class MoreOfficeMetrics
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        // find_default_font(xcu, {font_name}): Writer/DefaultFont "Standard" (the last one found) is the expected font.
        new PathMetric("find_default_font", true, (path, call) =>
        {
            var expected = PythonValues.AsString(PythonIndexing.GetItem(call.Expected, "font_name"));
            return LibreOfficeRegistry.Value(path, "/org.openoffice.Office.Writer/DefaultFont", "Standard", last: true) == expected ? 1 : 0;
        }),

        // check_left_panel(a11y tree): a document-frame named "Slides View" (or the Japanese "スライドモード") exists.
        new PathMetric("check_left_panel", false, (tree, _) =>
        {
            XDocument document;
            try
            {
                document = XDocument.Parse(tree);
            }
            catch (XmlException ex)
            {
                throw new MetricArgumentException($"check_left_panel: the accessibility tree is not XML ({ex.Message})");
            }

            return document.Descendants().Any(e => e.Name.LocalName == "document-frame"
                && (string?)e.Attribute("name") is "Slides View" or "スライドモード") ? 1 : 0;
        }),

        // evaluate_presentation_fill_to_rgb_distance(pptx, {rgb, original_rgb?}): 1 − the mean over slides of the colour
        // distance (normalised by √(3·255²)) between the slide's solid background (or the master's) and rgb; a slide
        // without a solid sRGB background, or still at original_rgb, counts distance 1.
        new PathMetric("evaluate_presentation_fill_to_rgb_distance", true, (path, call) =>
        {
            var rgb = Rgb(PythonIndexing.GetItem(call.Expected, "rgb"));
            var original = PythonIndexing.Get(call.Expected, "original_rgb") is { } o ? Rgb(o) : null;
            var deck = PptxPresentation.Open("evaluate_presentation_fill_to_rgb_distance", path);
            if (deck.Slides.Count == 0)
            {
                throw new DivideByZeroException("evaluate_presentation_fill_to_rgb_distance: the deck has no slides (division by zero in OSWorld)");
            }

            var total = deck.Slides.Sum(slide =>
            {
                if (slide.BackgroundRgb is not { Length: 6 } hex || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
                {
                    return 1.0;
                }

                var color = new[] { (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF };
                if (original is not null && color.SequenceEqual(original))
                {
                    return 1.0;
                }

                return Math.Sqrt(color.Zip(rgb).Sum(p => Math.Pow(p.First - p.Second, 2))) / Math.Sqrt(3 * 255.0 * 255.0);
            });
            return 1 - (total / deck.Slides.Count);
        }),

        // check_highlighted_words(odt1, odt2): compare_docx_files must pass, then no span of the first document may use an
        // automatic style with a yellow (#ffff00) background.
        new PathMetric("check_highlighted_words", true, (path, call) =>
        {
            var other = PythonValues.AsString(call.Expected);
            if (other is null || DocxFileComparison.Compare("check_highlighted_words", path, other) == 0)
            {
                return 0;
            }

            using var archive = ZipXmlPackage.OpenZip("check_highlighted_words", path);
            var content = ZipXmlPackage.ReadXml("check_highlighted_words", path, archive, "content.xml")
                ?? throw new DocumentReadException("check_highlighted_words", path, "the package has no content.xml");
            XNamespace text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
            XNamespace style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
            XNamespace fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
            XNamespace office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
            var yellow = (content.Root?.Element(office + "automatic-styles")?.Elements(style + "style") ?? [])
                .Where(s => s.Elements().Any(p => (string?)p.Attribute(fo + "background-color") == "#ffff00"))
                .Select(s => (string?)s.Attribute(style + "name"))
                .ToHashSet(StringComparer.Ordinal);
            var highlighted = content.Descendants(text + "span").Any(span => yellow.Contains((string?)span.Attribute(text + "style-name")));
            return highlighted ? 0 : 1;
        }),

        new CompareUniqueTrainRecordsMetric(),
    ];

    private static int[] Rgb(JsonNode? node) => [.. PythonIndexing.Iterate(node).Select(n => (int)PythonValues.GetInteger(n))];
}

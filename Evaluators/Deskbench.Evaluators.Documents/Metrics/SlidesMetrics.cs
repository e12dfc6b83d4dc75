using System.Globalization;
using Deskbench.Evaluators.Documents.Packaging;
using Deskbench.Evaluators.Documents.Presentations;
using Deskbench.Evaluators.Documents.Spreadsheets;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>The smaller slides.py metrics (Impress/PowerPoint files and LibreOffice's registry).</summary>
public static class SlidesMetrics
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        // check_slide_orientation_Portrait: slide width < height.
        new PathMetric("check_slide_orientation_Portrait", false, (path, _) =>
        {
            var deck = PptxPresentation.Open("check_slide_orientation_Portrait", path);
            return deck.SlideWidth < deck.SlideHeight ? 1 : 0;
        }),

        // check_strikethrough(pptx, {slide_index_s, shape_index_s, paragraph_index_s}): the first run of each addressed
        // paragraph has a strike attribute (quirk: any value, even "noStrike", counts); any error scores 0.
        new PathMetric("check_strikethrough", true, (path, call) =>
        {
            try
            {
                var rules = call.Expected;
                var deck = PptxPresentation.Open("check_strikethrough", path);
                foreach (var slide in PythonIndexing.Iterate(PythonIndexing.GetItem(rules, "slide_index_s")).Select(n => (int)PythonValues.GetInteger(n)))
                {
                    foreach (var shape in PythonIndexing.Iterate(PythonIndexing.GetItem(rules, "shape_index_s")).Select(n => (int)PythonValues.GetInteger(n)))
                    {
                        var paragraphs = deck.Slides[slide].Shapes[shape].Paragraphs ?? throw new InvalidOperationException("no text frame");
                        foreach (var index in PythonIndexing.Iterate(PythonIndexing.GetItem(rules, "paragraph_index_s")).Select(n => (int)PythonValues.GetInteger(n)))
                        {
                            if (!paragraphs[index].Runs[0].HasStrikeAttribute)
                            {
                                return 0;
                            }
                        }
                    }
                }

                return 1;
            }
            catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException or PythonErrorException or DocumentReadException)
            {
                return 0;
            }
        }),

        // check_presenter_console_disable(xcu): Impress/Misc/Start EnablePresenterScreen is "false".
        new PathMetric("check_presenter_console_disable", false, (path, _) =>
            string.Equals(LibreOfficeRegistry.Value(path, "/org.openoffice.Office.Impress/Misc/Start", "EnablePresenterScreen"), "false", StringComparison.OrdinalIgnoreCase) ? 1 : 0),

        // check_auto_saving_time(xcu, {minutes}): Common/Save/Document AutoSaveTimeIntervall equals the minutes.
        new PathMetric("check_auto_saving_time", true, (path, call) =>
        {
            var value = LibreOfficeRegistry.Value(path, "/org.openoffice.Office.Common/Save/Document", "AutoSaveTimeIntervall");
            var minutes = PythonValues.GetInteger(PythonIndexing.GetItem(call.Expected, "minutes"));
            return value is not null && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var actual) && actual == minutes ? 1 : 0;
        }),

        // check_page_number_colors(pptx, {color}): the second-to-last solid sRGB colour of slideMaster1.xml judged red/blue/
        // green/black. Quirk kept: the hex value is sliced as if it began with "#" ([1:3], [3:5], [5:7]).
        new PathMetric("check_page_number_colors", true, (path, call) =>
        {
            var color = PythonValues.AsString(PythonIndexing.GetItem(call.Expected, "color"));
            using var archive = ZipXmlPackage.OpenZip("check_page_number_colors", path);
            var master = ZipXmlPackage.ReadXml("check_page_number_colors", path, archive, "ppt/slideMasters/slideMaster1.xml")
                ?? throw new DocumentReadException("check_page_number_colors", path, "the deck has no ppt/slideMasters/slideMaster1.xml");
            var colors = master.Descendants(PptxNames.A + "solidFill").SelectMany(f => f.Descendants(PptxNames.A + "srgbClr")).Select(c => (string?)c.Attribute("val")).ToList();
            if (colors.Count < 2)
            {
                throw new DocumentReadException("check_page_number_colors", path, "the slide master has fewer than two sRGB fills (IndexError in OSWorld)");
            }

            var value = colors[^2];
            if (value is null)
            {
                return 0;
            }

            static int Hex(string text, int start, int end) =>
                int.Parse(text[Math.Min(start, text.Length)..Math.Min(end, text.Length)], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var (r, g, b) = (Hex(value, 1, 3), Hex(value, 3, 5), Hex(value, 5, 7));
            return color switch
            {
                "red" when !(r > g + 50 && r > b + 50) => 0,
                "blue" when !(b > g + 50 && b > r + 50) => 0,
                "green" when !(g > r + 50 && g > b + 50) => 0,
                "black" when !(r < 50 && g < 50 && b < 50) => 0,
                _ => 1,
            };
        }),
    ];
}

using System.Text.RegularExpressions;
using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// The smaller docs.py metrics over python-docx's view of a document (body paragraphs, their direct runs, body tables),
/// each as OSWorld defines it; quirks are named where they decide a verdict.
/// </summary>
public static partial class DocsMetrics
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        // compare_docx_images: the images the document part relates to, same count, identical decoded pixels.
        new DocxPairMetric("compare_docx_images", (a, b, _) =>
            a.Images.Count == b.Images.Count && a.Images.Zip(b.Images).All(p => EmbeddedImage.Pixels(p.First).AsSpan().SequenceEqual(EmbeddedImage.Pixels(p.Second))) ? 1 : 0),

        // compare_init_lines: paragraph texts equal pairwise over the shorter document (quirk: extra paragraphs are ignored).
        new DocxPairMetric("compare_init_lines", (a, b, _) => a.Paragraphs.Zip(b.Paragraphs).All(p => p.First.Text == p.Second.Text) ? 1 : 0),

        // compare_docx_lines: the sets of stripped non-blank paragraph texts are equal.
        new DocxPairMetric("compare_docx_lines", (a, b, _) => NonBlankLines(a).SetEquals(NonBlankLines(b)) ? 1 : 0),

        // compare_docx_files_and_ignore_new_lines: empty paragraphs dropped, then whitespace-collapsed text (or paragraphs) equal.
        new DocxPairMetric("compare_docx_files_and_ignore_new_lines", IgnoreNewLines, false, "ignore_blanks"),

        // compare_subscript_contains: 1 as soon as a run pair (paragraphs and runs zipped) is subscript in both.
        new DocxPairMetric("compare_subscript_contains", (a, b, _) => RunPairs(a, b).Any(p => p.First.Subscript == true && p.Second.Subscript == true) ? 1 : 0),

        // compare_insert_equation: same text (compare_docx_files), then a run pair that both embed an object (w:object).
        new DocxPairMetric("compare_insert_equation", (a, b, _) => RunPairs(a, b).Any(p => p.First.HasObject && p.Second.HasObject) ? 1 : 0, requireSameText: true),

        // compare_contains_image: no run pair where only one run holds a drawing (graphicData).
        new DocxPairMetric("compare_contains_image", (a, b, _) => RunPairs(a, b).Any(p => p.First.HasGraphicData != p.Second.HasGraphicData) ? 0 : 1),

        // check_italic_font_size_14: same text, then every italic run of the result is 14 pt.
        new DocxPairMetric("check_italic_font_size_14", (a, _, _) => a.Paragraphs.SelectMany(p => p.Runs).Where(r => r.Italic == true).All(r => r.SizePoints == 14) ? 1 : 0, requireSameText: true),

        // evaluate_strike_through_last_paragraph: same text, then every run of the result's last paragraph is struck through.
        new DocxPairMetric("evaluate_strike_through_last_paragraph", (a, _, _) => a.Paragraphs.Count > 0 && a.Paragraphs[^1].Runs.All(r => r.Strike == true) ? 1 : 0, requireSameText: true),

        // compare_highlighted_text: the sets of highlighted run texts (anywhere in document.xml) are equal.
        new DocxPairMetric("compare_highlighted_text", (a, b, _) => a.HighlightedTexts.ToHashSet(StringComparer.Ordinal).SetEquals(b.HighlightedTexts) ? 1 : 0),

        // compare_references: the paragraphs after the first "References" paragraph, fuzzy-matched, rescaled over a base.
        new DocxPairMetric("compare_references", CompareReferences, false, "reference_indicator", "reference_base_result"),

        // check_no_duplicates(initial, processed): the processed train ids (2nd of 4 comma fields) are unique and the same set/count.
        new DocxPairMetric("check_no_duplicates", CheckNoDuplicates),

        // compare_font_names(docx, {font_name}): every run's w:rFonts/@w:ascii is the expected font (quirk: a run without an explicit font fails).
        new DocxSingleMetric("compare_font_names", (d, call) =>
        {
            var expected = PythonValues.AsString(PythonIndexing.GetItem(call.RequireExpected("compare_font_names"), "font_name"));
            return d.Paragraphs.SelectMany(p => p.Runs).All(r => r.FontName == expected) ? 1 : 0;
        }),

        // is_first_line_centered: the first body paragraph is centred (w:jc="center").
        new DocxSingleMetric("is_first_line_centered", (d, _) => d.Paragraphs.Count > 0 && d.Paragraphs[0].Alignment == "center" ? 1 : 0),

        // contains_page_break(docx, {page_break_count?}): page breaks in body runs; the count must match when given.
        new DocxSingleMetric("contains_page_break", (d, call) =>
        {
            var count = d.Paragraphs.SelectMany(p => p.Runs).Sum(r => r.PageBreaks);
            var rules = call.HasExpected ? call.Expected : null;
            var expected = PythonIndexing.Get(rules, "page_break_count");
            if (expected is not null && PythonValues.IsNumeric(expected) && count != (int)PythonValues.GetInteger(expected))
            {
                return 0;
            }

            return count > 0 ? 1 : 0;
        }),

        // has_page_numbers_in_footers: every section's footer starts with a paragraph holding a digit.
        new DocxSingleMetric("has_page_numbers_in_footers", (d, _) => d.Footers.All(f => f.Any(char.IsAsciiDigit)) ? 1 : 0),

        // evaluate_conversion: no run (tables first, then body) whose text is all upper case (str.isupper).
        new DocxSingleMetric("evaluate_conversion", (d, _) => d.TableRuns.Concat(d.Paragraphs.SelectMany(p => p.Runs)).Any(r => DocxInputs.IsUpper(r.Text)) ? 0 : 1),

        // evaluate_spacing: paragraphs 1–3 have line spacing 1.0, 2.0 and 1.5 (multiples).
        new DocxSingleMetric("evaluate_spacing", (d, _) =>
            d.Paragraphs.Count >= 3
            && IsMultiple(d.Paragraphs[0], 1.0) && IsMultiple(d.Paragraphs[1], 2.0) && IsMultiple(d.Paragraphs[2], 1.5) ? 1 : 0),

        // evaluate_alignment: each sentence of 3+ words has its first three words before the rest (quirk: an exactly
        // three-word sentence fails, since "" is found at 0).
        new DocxSingleMetric("evaluate_alignment", (d, _) => d.Paragraphs.All(p => p.Text.Split('.').All(SentenceAligned)) ? 1 : 0),
    ];

    private static HashSet<string> NonBlankLines(DocxDocument document) =>
        [.. document.Paragraphs.Select(p => p.Text.Trim()).Where(t => t.Length > 0)];

    private static IEnumerable<(DocxRun First, DocxRun Second)> RunPairs(DocxDocument a, DocxDocument b) =>
        a.Paragraphs.Zip(b.Paragraphs).SelectMany(p => p.First.Runs.Zip(p.Second.Runs));

    private static bool IsMultiple(DocxParagraph paragraph, double value) =>
        paragraph.LineSpacing is { IsMultiple: true } spacing && spacing.Value == value;

    private static double IgnoreNewLines(DocxDocument a, DocxDocument b, MetricCall call)
    {
        var first = a.Paragraphs.Select(p => p.Text).Where(t => t.Length > 0).ToList();
        var second = b.Paragraphs.Select(p => p.Text).Where(t => t.Length > 0).ToList();
        if (!call.HasOption("ignore_blanks") || PythonValues.IsTruthy(call.Option("ignore_blanks")))
        {
            return Collapse(first) == Collapse(second) ? 1 : 0;
        }

        return first.SequenceEqual(second, StringComparer.Ordinal) ? 1 : 0;
    }

    private static double CompareReferences(DocxDocument a, DocxDocument b, MetricCall call)
    {
        var indicator = PythonValues.AsString(call.Option("reference_indicator")) ?? "References";
        var baseResult = call.Option("reference_base_result") is { } node ? PythonValues.GetFloat(node) : 0.5;
        var first = a.Paragraphs.Select(p => p.Text).ToList();
        var second = b.Paragraphs.Select(p => p.Text).ToList();
        var index1 = first.IndexOf(indicator);
        var index2 = second.IndexOf(indicator);
        if (index1 == -1 && index2 == -1)
        {
            return 1;
        }

        if (index1 == -1 || index2 == -1)
        {
            return 0;
        }

        var refs1 = first.Skip(index1 + 1).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var refs2 = second.Skip(index2 + 1).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (refs1.Count != refs2.Count)
        {
            return 0;
        }

        if (refs1.Count == 0)
        {
            throw new DivideByZeroException("compare_references: the references section is empty (division by zero in OSWorld)");
        }

        var result = refs1.Zip(refs2).Sum(p => Pdf.FastFuzzRatio.Ratio(p.First, p.Second) / 100.0) / refs1.Count;
        return result >= baseResult + 0.01 ? (result - baseResult) / (1 - baseResult) : 0;
    }

    private static double CheckNoDuplicates(DocxDocument initial, DocxDocument processed, MetricCall call)
    {
        var initialIds = new HashSet<string>(StringComparer.Ordinal);
        var initialLines = 0;
        foreach (var parts in initial.Paragraphs.Select(p => p.Text.Split(',')).Where(p => p.Length == 4))
        {
            if (initialIds.Add(parts[1].Trim()))
            {
                initialLines++;
            }
        }

        var processedIds = new HashSet<string>(StringComparer.Ordinal);
        var processedLines = 0;
        foreach (var parts in processed.Paragraphs.Select(p => p.Text.Split(',')).Where(p => p.Length == 4))
        {
            if (!processedIds.Add(parts[1].Trim()))
            {
                return 0;
            }

            processedLines++;
        }

        return processedIds.SetEquals(initialIds) && processedLines == initialLines ? 1 : 0;
    }

    private static bool SentenceAligned(string sentence)
    {
        var words = sentence.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return true;
        }

        var firstPart = string.Join(' ', words.Take(3));
        var secondPart = string.Join(' ', words.Skip(3));
        return sentence.Contains(firstPart, StringComparison.Ordinal)
            && sentence.Contains(secondPart, StringComparison.Ordinal)
            && sentence.IndexOf(firstPart, StringComparison.Ordinal) < sentence.IndexOf(secondPart, StringComparison.Ordinal);
    }

    private static string Collapse(IEnumerable<string> paragraphs) => Whitespace().Replace(string.Join('\n', paragraphs), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Text.RegularExpressions;
using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Text;

namespace Deskbench.Evaluators.Documents.WordProcessing;

/// <summary>
/// OSWorld's <c>compare_docx_files(file1, file2, **options)</c> (docs.py): both .docx (python-docx body paragraphs) or
/// both .odt (odfpy paragraphs), else 0. Options: ignore_blanks (default true: the joined text with whitespace runs
/// collapsed), ignore_case, ignore_order (sort paragraphs), content_only (fuzz ratio of the collapsed texts),
/// fuzzy_match (+ fuzzy_match_threshold), delete_empty_lines. Without ignore_blanks paragraphs compare one by one.
/// A result that does not open scores 0 (OSWorld catches it); an expected file that does not open is an error.
/// </summary>
internal static partial class DocxFileComparison
{
    public static double Compare(string metric, string? file1, string? file2, MetricCall? call = null)
    {
        if (string.IsNullOrEmpty(file1) || string.IsNullOrEmpty(file2))
        {
            return 0;
        }

        bool Flag(string name, bool fallback) => call is not null && call.HasOption(name) ? PythonValues.IsTruthy(call.Option(name)) : fallback;
        var ignoreBlanks = Flag("ignore_blanks", true);
        var ignoreCase = Flag("ignore_case", false);
        var ignoreOrder = Flag("ignore_order", false);
        var contentOnly = Flag("content_only", false);
        var fuzzy = Flag("fuzzy_match", false);
        var deleteEmpty = Flag("delete_empty_lines", false);
        var threshold = call?.Option("fuzzy_match_threshold") is { } t && PythonValues.IsNumeric(t) ? PythonValues.GetFloat(t) : (double?)null;

        IReadOnlyList<string> paragraphs1;
        IReadOnlyList<string> paragraphs2;
        if (file1.EndsWith(".docx", StringComparison.Ordinal) && file2.EndsWith(".docx", StringComparison.Ordinal))
        {
            if (TryOpen(() => DocxDocument.Open(metric, file1)) is not { } doc1)
            {
                return 0;
            }

            paragraphs1 = [.. doc1.Paragraphs.Select(p => p.Text)];
            paragraphs2 = [.. DocxDocument.Open(metric, file2).Paragraphs.Select(p => p.Text)];
        }
        else if (file1.EndsWith(".odt", StringComparison.Ordinal) && file2.EndsWith(".odt", StringComparison.Ordinal))
        {
            if (TryOpen(() => OdtDocument.ParagraphTexts(metric, file1)) is not { } odt1)
            {
                return 0;
            }

            paragraphs1 = odt1;
            paragraphs2 = OdtDocument.ParagraphTexts(metric, file2);
        }
        else
        {
            return 0;
        }

        if (ignoreOrder)
        {
            paragraphs1 = [.. paragraphs1.Order(StringComparer.Ordinal)];
            paragraphs2 = [.. paragraphs2.Order(StringComparer.Ordinal)];
        }

        if (deleteEmpty)
        {
            paragraphs1 = [.. paragraphs1.Where(p => !string.IsNullOrWhiteSpace(p))];
            paragraphs2 = [.. paragraphs2.Where(p => !string.IsNullOrWhiteSpace(p))];
        }

        if (contentOnly || ignoreBlanks)
        {
            var text1 = Collapse(paragraphs1);
            var text2 = Collapse(paragraphs2);
            if (ignoreCase)
            {
                text1 = text1.ToLowerInvariant();
                text2 = text2.ToLowerInvariant();
            }

            if (contentOnly || fuzzy)
            {
                var similarity = FuzzRatio.Ratio(text1, text2) / 100.0;
                return !contentOnly && threshold is { } limit ? (similarity >= limit ? 1 : 0) : similarity;
            }

            return text1 == text2 ? 1 : 0;
        }

        if (paragraphs1.Count != paragraphs2.Count)
        {
            return 0;
        }

        if (fuzzy)
        {
            if (paragraphs1.Count == 0)
            {
                return 1;
            }

            var total = 0.0;
            foreach (var (p1, p2) in paragraphs1.Zip(paragraphs2))
            {
                var similarity = FuzzRatio.Ratio(ignoreCase ? p1.ToLowerInvariant() : p1, ignoreCase ? p2.ToLowerInvariant() : p2) / 100.0;
                total += threshold is { } limit ? (similarity >= limit ? 1 : 0) : similarity;
            }

            return total / paragraphs1.Count;
        }

        return paragraphs1.Zip(paragraphs2).All(p => ignoreCase
            ? p.First.ToLowerInvariant() == p.Second.ToLowerInvariant()
            : p.First == p.Second) ? 1 : 0;
    }

    /// <summary>The result file is the agent's: one that does not open scores 0, as OSWorld's try/except gives.</summary>
    public static T? TryOpen<T>(Func<T> open)
        where T : class
    {
        try
        {
            return open();
        }
        catch (DocumentReadException)
        {
            return null;
        }
    }

    private static string Collapse(IReadOnlyList<string> paragraphs) => Whitespace().Replace(string.Join('\n', paragraphs), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Text.RegularExpressions;

namespace Deskbench.Evaluators.Documents.Ocr;

/// <summary>
/// Brings tesseract's page text to the shape of OSWorld's easyocr text: easyocr returns one string per detected text box
/// and OSWorld joins them with single spaces, so there are no line breaks, no blank lines and no form feed. Tesseract
/// writes lines, blank lines between blocks and a trailing form feed; every whitespace run becomes one space here and the
/// ends are trimmed. Case and punctuation are kept: OSWorld's containment test is case-sensitive.
/// </summary>
public static partial class OcrText
{
    public static string Normalise(string tesseractOutput) => Whitespace().Replace(tesseractOutput, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

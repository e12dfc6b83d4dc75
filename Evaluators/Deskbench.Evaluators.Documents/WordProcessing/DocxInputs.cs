using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.WordProcessing;

/// <summary>
/// How docs.py metrics open their files: a missing path, or a document python-docx cannot open, makes the metric return 0
/// (every docs.py metric wraps <c>Document(path)</c> in try/except).
/// </summary>
internal static class DocxInputs
{
    /// <summary>The document at <paramref name="path"/>, or null (score 0) when the path is empty or the file does not open.</summary>
    public static DocxDocument? Open(string metric, string? path) =>
        string.IsNullOrEmpty(path) ? null : DocxFileComparison.TryOpen(() => DocxDocument.Open(metric, path));

    /// <summary>Python's str.isupper(): at least one cased character and no lower-case one.</summary>
    public static bool IsUpper(string text) => text.Any(char.IsUpper) && !text.Any(char.IsLower);
}

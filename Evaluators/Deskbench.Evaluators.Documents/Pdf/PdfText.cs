using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Deskbench.Evaluators.Documents.Pdf;

/// <summary>
/// The text of a PDF, page after page, stripped — what OSWorld gets from PyMuPDF's <c>page.get_text()</c>. PdfPig's
/// content-order extraction gives the same words and line breaks for ordinary documents; spacing can differ slightly,
/// which moves fuzzy scores of different documents in the last digits but keeps identical documents at 1.0.
/// </summary>
internal static class PdfText
{
    public static string Extract(string metric, string path)
    {
        try
        {
            using var document = PdfDocument.Open(path);
            var text = new System.Text.StringBuilder();
            foreach (var page in document.GetPages())
            {
                text.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
            }

            return text.ToString().Trim();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentReadException(metric, path, ex.Message, ex);
        }
    }

    /// <summary>The page count (for check_pdf_pages).</summary>
    public static int PageCount(string metric, string path)
    {
        try
        {
            using var document = PdfDocument.Open(path);
            return document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentReadException(metric, path, ex.Message, ex);
        }
    }
}

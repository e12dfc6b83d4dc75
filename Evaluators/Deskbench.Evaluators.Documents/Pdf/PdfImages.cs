using UglyToad.PdfPig;

namespace Deskbench.Evaluators.Documents.Pdf;

/// <summary>The images of a PDF, page after page, decoded (PyMuPDF's <c>page.get_images()</c> + <c>extract_image</c>).</summary>
internal static class PdfImages
{
    public static IReadOnlyList<Imaging.RasterImage> Extract(string metric, string path)
    {
        try
        {
            using var document = PdfDocument.Open(path);
            var images = new List<Imaging.RasterImage>();
            foreach (var page in document.GetPages())
            {
                foreach (var image in page.GetImages())
                {
                    var bytes = image.TryGetPng(out var png) ? png : image.RawBytes.ToArray();
                    if (Imaging.RasterImage.Decode(bytes) is { } decoded)
                    {
                        images.Add(decoded); // an image PIL cannot open is logged and skipped in OSWorld
                    }
                }
            }

            return images;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DocumentReadException)
        {
            throw new DocumentReadException(metric, path, ex.Message, ex);
        }
    }
}

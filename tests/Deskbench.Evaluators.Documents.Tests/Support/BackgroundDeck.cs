using SkiaSharp;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>
/// A flat ODF presentation (.fodp) of two slides, the second filled with a stretched bitmap background, for LibreOffice
/// to convert to .pptx (it writes <c>p:bg/p:bgPr/a:blipFill</c> with an image relationship).
/// </summary>
public static class BackgroundDeck
{
    /// <summary>A small PNG of one colour.</summary>
    public static byte[] Png(SKColor color)
    {
        using var bitmap = new SKBitmap(16, 12);
        bitmap.Erase(color);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static string Document(byte[] backgroundPng) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.presentation">
        <office:styles><draw:fill-image draw:name="landscape"><office:binary-data>{Convert.ToBase64String(backgroundPng)}</office:binary-data></draw:fill-image></office:styles>
        <office:automatic-styles><style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="bitmap" draw:fill-image-name="landscape" style:repeat="stretch" presentation:background-visible="true"/></style:style></office:automatic-styles>
        <office:master-styles><style:master-page style:name="Default"/></office:master-styles>
        <office:body><office:presentation>
        <draw:page draw:name="Slide1" draw:master-page-name="Default"/>
        <draw:page draw:name="Slide2" draw:style-name="dp1" draw:master-page-name="Default"/>
        </office:presentation></office:body></office:document>
        """;
}

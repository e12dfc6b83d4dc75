using System.Globalization;
using System.Security;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>Writes flat ODF presentations (.fodp) as text, for LibreOffice to convert to .pptx/.pdf.</summary>
public static class Fodp
{
    /// <summary>A deck's look and content; every variant differs from the default in one thing.</summary>
    public sealed record Deck(
        string Title = "Quarterly ",
        string BoldWord = "Results",
        string BoldFont = "DejaVu Sans",
        bool Bold = true,
        string Transition = "dissolve",
        double BodyTop = 5,
        string Notes = "Say hello",
        int ExtraSlides = 1);

    public static string Document(Deck deck)
    {
        var transition = deck.Transition.Length == 0 ? string.Empty : $"presentation:transition-type=\"automatic\" smil:type=\"{deck.Transition}\" presentation:duration=\"PT1S\"";
        var pages = string.Concat(Enumerable.Range(2, deck.ExtraSlides).Select(n =>
            $"<draw:page draw:name=\"Slide{n}\" draw:style-name=\"dp2\" draw:master-page-name=\"Default\">{Frame(2, 1, 20, 3, $"<text:p>Page {n}</text:p>")}</draw:page>"));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.presentation">
            <office:styles/>
            <office:automatic-styles>
             <style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties {transition}/></style:style>
             <style:style style:name="dp2" style:family="drawing-page"/>
             <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="{(deck.Bold ? "bold" : "normal")}" style:font-name="{deck.BoldFont}" fo:font-family="'{deck.BoldFont}'" fo:color="#c00000"/></style:style>
            </office:automatic-styles>
            <office:master-styles><style:master-page style:name="Default"/></office:master-styles>
            <office:body><office:presentation>
             <draw:page draw:name="Slide1" draw:style-name="dp1" draw:master-page-name="Default">
              {Frame(2, 1, 20, 3, $"<text:p>{SecurityElement.Escape(deck.Title)}<text:span text:style-name=\"T1\">{SecurityElement.Escape(deck.BoldWord)}</text:span></text:p>")}
              {Frame(2, deck.BodyTop, 20, 8, "<text:list><text:list-item><text:p>Revenue up</text:p></text:list-item><text:list-item><text:p>Costs down</text:p></text:list-item></text:list>")}
              <presentation:notes><draw:frame presentation:class="notes" svg:x="2cm" svg:y="14cm" svg:width="17cm" svg:height="10cm"><draw:text-box><text:p>{SecurityElement.Escape(deck.Notes)}</text:p></draw:text-box></draw:frame></presentation:notes>
             </draw:page>
             {pages}
            </office:presentation></office:body></office:document>
            """;
    }

    private static string Frame(double x, double y, double width, double height, string content) =>
        string.Create(CultureInfo.InvariantCulture, $"<draw:frame svg:x=\"{x}cm\" svg:y=\"{y}cm\" svg:width=\"{width}cm\" svg:height=\"{height}cm\"><draw:text-box>{content}</draw:text-box></draw:frame>");

    /// <summary>A one-slide deck (LibreOffice's default 28 × 15.75 cm page) holding one embedded PNG at the given place (cm).</summary>
    public static string WithPicture(byte[] png, double x, double y, double width, double height) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.presentation">
            <office:master-styles><style:master-page style:name="Default"/></office:master-styles>
            <office:body><office:presentation><draw:page draw:name="Slide1" draw:master-page-name="Default">
            <draw:frame svg:x="{x}cm" svg:y="{y}cm" svg:width="{width}cm" svg:height="{height}cm"><draw:image><office:binary-data>{Convert.ToBase64String(png)}</office:binary-data></draw:image></draw:frame>
            </draw:page></office:presentation></office:body></office:document>
            """);
}

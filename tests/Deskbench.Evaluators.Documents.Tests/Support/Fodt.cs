using System.Globalization;
using System.Security;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>Writes flat ODF text documents (.fodt) as text, for LibreOffice to convert to .docx/.pdf.</summary>
public static class Fodt
{
    /// <summary>A document: paragraphs (text, line height in percent), then a table of cell texts.</summary>
    public static string Document(IEnumerable<(string Text, int LineHeight)> paragraphs, IEnumerable<string[]> table, bool pageBreaks = false)
    {
        var rows = table.ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var body = string.Concat(paragraphs.Select(p =>
            $"<text:p text:style-name=\"{(pageBreaks ? "B" : "L")}{p.LineHeight.ToString(CultureInfo.InvariantCulture)}\">{SecurityElement.Escape(p.Text)}</text:p>"));
        var tableXml = rows.Count == 0 ? string.Empty :
            $"<table:table table:name=\"T1\"><table:table-column table:number-columns-repeated=\"{columns}\"/>"
            + string.Concat(rows.Select(r => "<table:table-row>" + string.Concat(r.Select(c => $"<table:table-cell office:value-type=\"string\"><text:p>{SecurityElement.Escape(c)}</text:p></table:table-cell>")) + "</table:table-row>"))
            + "</table:table>";
        var heights = new[] { 100, 115, 150, 200 };
        var styles = string.Concat(heights.Select(h =>
            $"<style:style style:name=\"L{h}\" style:family=\"paragraph\"><style:paragraph-properties fo:line-height=\"{h}%\"/></style:style>"
            + $"<style:style style:name=\"B{h}\" style:family=\"paragraph\"><style:paragraph-properties fo:line-height=\"{h}%\" fo:break-before=\"page\"/></style:style>"));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
            <office:automatic-styles>{styles}</office:automatic-styles>
            <office:body><office:text>{body}{tableXml}</office:text></office:body></office:document>
            """;
    }

    /// <summary>Text styles for <see cref="Raw"/> documents: I14 italic 14 pt, S strike, Sub subscript, H yellow highlight, C centred, PB page break before, T5/T6 a right tab stop at 5/6 cm, T5C a centre tab stop at 5 cm, Red and Blue text colours.</summary>
    public const string FormattingStyles =
        "<style:style style:name=\"I14\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\" fo:font-size=\"14pt\"/></style:style>"
        + "<style:style style:name=\"I12\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\" fo:font-size=\"12pt\"/></style:style>"
        + "<style:style style:name=\"S\" style:family=\"text\"><style:text-properties style:text-line-through-style=\"solid\" style:text-line-through-type=\"single\"/></style:style>"
        + "<style:style style:name=\"Sub\" style:family=\"text\"><style:text-properties style:text-position=\"sub 58%\"/></style:style>"
        + "<style:style style:name=\"H\" style:family=\"text\"><style:text-properties fo:background-color=\"#ffff00\"/></style:style>"
        + "<style:style style:name=\"C\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\"/></style:style>"
        + "<style:style style:name=\"PB\" style:family=\"paragraph\"><style:paragraph-properties fo:break-before=\"page\"/></style:style>"
        + "<style:style style:name=\"T5\" style:family=\"paragraph\"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position=\"5cm\" style:type=\"right\"/></style:tab-stops></style:paragraph-properties></style:style>"
        + "<style:style style:name=\"T6\" style:family=\"paragraph\"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position=\"6cm\" style:type=\"right\"/></style:tab-stops></style:paragraph-properties></style:style>"
        + "<style:style style:name=\"Red\" style:family=\"text\"><style:text-properties fo:color=\"#ff0000\"/></style:style>"
        + "<style:style style:name=\"Blue\" style:family=\"text\"><style:text-properties fo:color=\"#0000ff\"/></style:style>"
        + "<style:style style:name=\"T5C\" style:family=\"paragraph\"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position=\"5cm\" style:type=\"center\"/></style:tab-stops></style:paragraph-properties></style:style>";

    /// <summary>A document from raw <c>text:p</c> XML using <see cref="FormattingStyles"/>.</summary>
    public static string Raw(string paragraphsXml) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
        <office:automatic-styles>{FormattingStyles}</office:automatic-styles>
        <office:body><office:text>{paragraphsXml}</office:text></office:body></office:document>
        """;

    /// <summary>A document with one paragraph holding an embedded PNG (base64), 6 cm wide.</summary>
    public static string WithImage(byte[] png) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
        <office:body><office:text><text:p>Receipt<draw:frame text:anchor-type="as-char" svg:width="6cm" svg:height="4cm"><draw:image><office:binary-data>{Convert.ToBase64String(png)}</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>
        """;
}

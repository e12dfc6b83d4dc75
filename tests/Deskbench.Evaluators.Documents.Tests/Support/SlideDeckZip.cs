using System.IO.Compression;
using System.Text;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>
/// Writes a PresentationML package part by part (the parts the slide-media getters read, shaped as PowerPoint and
/// LibreOffice write them): slides, their relationship parts and media.
/// </summary>
public sealed class SlideDeckZip
{
    public const string AudioType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/audio";
    public const string MediaType = "http://schemas.microsoft.com/office/2007/relationships/media";
    public const string ImageType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    public const string LayoutType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout";

    private const string SlideNamespaces =
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

    private readonly Dictionary<string, byte[]> parts = new(StringComparer.Ordinal);

    public SlideDeckZip()
    {
        Text("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""");
        Text("ppt/presentation.xml", $"""<?xml version="1.0" encoding="UTF-8"?><p:presentation {SlideNamespaces}/>""");
    }

    /// <summary>Slide <paramref name="number"/> (1-based) with the given shapes XML and optional background XML (<c>p:bg</c> content).</summary>
    public SlideDeckZip Slide(int number, string shapesXml = "", string? backgroundXml = null)
    {
        var background = backgroundXml is null ? string.Empty : $"<p:bg>{backgroundXml}</p:bg>";
        return Text(
            $"ppt/slides/slide{number}.xml",
            $"""<?xml version="1.0" encoding="UTF-8"?><p:sld {SlideNamespaces}><p:cSld>{background}<p:spTree>{shapesXml}</p:spTree></p:cSld></p:sld>""");
    }

    /// <summary>The relationships part of slide <paramref name="number"/>: (Id, Type, Target, external?).</summary>
    public SlideDeckZip Relationships(int number, params (string Id, string Type, string Target, bool External)[] relationships)
    {
        var body = new StringBuilder();
        foreach (var (id, type, target, external) in relationships)
        {
            body.Append($"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{target}\"{(external ? " TargetMode=\"External\"" : string.Empty)}/>");
        }

        return Text(
            $"ppt/slides/_rels/slide{number}.xml.rels",
            $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>""");
    }

    public SlideDeckZip Binary(string part, byte[] content)
    {
        parts[part] = content;
        return this;
    }

    public SlideDeckZip Text(string part, string content) => Binary(part, Encoding.UTF8.GetBytes(content));

    /// <summary>A picture-filled background (<c>p:bgPr</c> with <c>a:blipFill</c>) referencing <paramref name="relationshipId"/>.</summary>
    public static string PictureBackground(string relationshipId) =>
        $"<p:bgPr><a:blipFill rotWithShape=\"0\"><a:blip r:embed=\"{relationshipId}\"/><a:stretch><a:fillRect/></a:stretch></a:blipFill><a:effectLst/></p:bgPr>";

    /// <summary>A picture shape (not a background) referencing <paramref name="relationshipId"/>.</summary>
    public static string PictureShape(string relationshipId) =>
        $"<p:pic><p:nvPicPr><p:cNvPr id=\"2\" name=\"Picture\"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed=\"{relationshipId}\"/></p:blipFill><p:spPr/></p:pic>";

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in parts)
        {
            using var stream = archive.CreateEntry(name).Open();
            stream.Write(content);
        }
    }
}

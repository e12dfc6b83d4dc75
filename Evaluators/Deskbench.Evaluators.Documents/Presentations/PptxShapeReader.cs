using System.Globalization;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>Reads a slide's shape tree (<c>p:spTree</c>) into <see cref="PptxShape"/>s, inheriting placeholder geometry from the layout.</summary>
internal sealed class PptxShapeReader(XElement? layoutTree, XElement? masterTree, Func<string, byte[]?> imageByRelationship)
{
    private static readonly XNamespace P = PptxNames.P;
    private static readonly XNamespace A = PptxNames.A;

    public IReadOnlyList<PptxShape> Read(XElement? tree) =>
        [.. (tree?.Elements() ?? []).Where(IsShape).Select(Shape)];

    private static bool IsShape(XElement element) =>
        element.Name == P + "sp" || element.Name == P + "grpSp" || element.Name == P + "graphicFrame"
        || element.Name == P + "cxnSp" || element.Name == P + "pic" || element.Name == P + "contentPart";

    private PptxShape Shape(XElement element)
    {
        var placeholder = element.Elements().FirstOrDefault(e => e.Name.LocalName.StartsWith("nv", StringComparison.Ordinal))
            ?.Element(P + "nvPr")?.Element(P + "ph");
        var transform = Transform(element) ?? (placeholder is null ? null : Inherited(placeholder));
        var offset = transform?.Element(A + "off");
        var extent = transform?.Element(A + "ext");
        var local = element.Name.LocalName;
        var table = local == "graphicFrame" ? element.Descendants(A + "tbl").FirstOrDefault() : null;
        var type = local switch
        {
            _ when placeholder is not null => 14,
            "sp" when (string?)element.Element(P + "nvSpPr")?.Element(P + "cNvSpPr")?.Attribute("txBox") is "1" or "true" => 17,
            "sp" when element.Element(P + "spPr")?.Element(A + "custGeom") is not null => 5,
            "sp" => 1,
            "pic" => 13,
            "grpSp" => 6,
            "cxnSp" => 9,
            "graphicFrame" when table is not null => 19,
            "graphicFrame" when ((string?)element.Descendants(A + "graphicData").FirstOrDefault()?.Attribute("uri") ?? string.Empty).Contains("chart", StringComparison.Ordinal) => 3,
            "graphicFrame" => 7,
            _ => 0,
        };
        return new PptxShape(
            type,
            Emu(offset, "x"),
            Emu(offset, "y"),
            Emu(extent, "cx"),
            Emu(extent, "cy"),
            local == "sp" ? PptxTextReader.Paragraphs(element.Element(P + "txBody")) : null,
            table?.Elements(A + "tr").Select(row => (IReadOnlyList<IReadOnlyList<PptxParagraph>>)[.. row.Elements(A + "tc").Select(cell => PptxTextReader.Paragraphs(cell.Element(A + "txBody")))]).ToList(),
            local == "grpSp" ? Read(element) : [])
        {
            ImageBlob = local == "pic" && (string?)element.Descendants(A + "blip").FirstOrDefault()?.Attribute(PptxNames.R + "embed") is { } rid
                ? imageByRelationship(rid)
                : null,
        };
    }

    private static XElement? Transform(XElement element) => element.Name.LocalName switch
    {
        "graphicFrame" => element.Element(P + "xfrm"),
        "grpSp" => element.Element(P + "grpSpPr")?.Element(A + "xfrm"),
        _ => element.Element(P + "spPr")?.Element(A + "xfrm"),
    };

    /// <summary>python-pptx's placeholder inheritance: the layout placeholder with the same idx, else the master's of the same type.</summary>
    private XElement? Inherited(XElement placeholder)
    {
        var idx = (string?)placeholder.Attribute("idx") ?? "0";
        var type = (string?)placeholder.Attribute("type") ?? "body";
        var fromLayout = Find(layoutTree, ph => ((string?)ph.Attribute("idx") ?? "0") == idx);
        if (fromLayout is not null && Transform(fromLayout) is { } layoutTransform)
        {
            return layoutTransform;
        }

        var fromMaster = Find(masterTree, ph => ((string?)ph.Attribute("type") ?? "body") == MasterType(type));
        return fromMaster is null ? null : Transform(fromMaster);
    }

    private static string MasterType(string type) => type switch
    {
        "ctrTitle" => "title",
        "subTitle" or "obj" => "body",
        _ => type,
    };

    private static XElement? Find(XElement? tree, Func<XElement, bool> matches) =>
        tree?.Descendants(P + "ph").FirstOrDefault(matches)?.Parent?.Parent?.Parent;

    private static long? Emu(XElement? element, string attribute) =>
        long.TryParse((string?)element?.Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}

using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>XML namespaces of PresentationML and DrawingML.</summary>
internal static class PptxNames
{
    public static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
}

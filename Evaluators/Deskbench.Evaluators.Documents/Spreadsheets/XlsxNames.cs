using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>XML namespaces of SpreadsheetML and its drawing/chart parts.</summary>
internal static class XlsxNames
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace Chart = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    public static readonly XNamespace Drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
    public static readonly XNamespace Xm = "http://schemas.microsoft.com/office/excel/2006/main";

    /// <summary>An element's text content joined over its descendants named <paramref name="name"/> (rich-text runs).</summary>
    public static string JoinText(XElement element, XName name) =>
        string.Concat(element.Descendants(name).Select(t => t.Value));
}

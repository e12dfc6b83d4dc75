using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Metrics.General;

/// <summary>
/// python-docx's <c>Document(path).paragraphs[i].text</c>: the body's top-level paragraphs (not those inside tables),
/// each the text of its runs, with <c>w:tab</c> as a tab and <c>w:br</c>/<c>w:cr</c> as a newline.
/// </summary>
internal static class DocxParagraphs
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IReadOnlyList<string> Read(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var entry = archive.GetEntry("word/document.xml")
            ?? throw new InvalidDataException($"{path} is not a Word document (no word/document.xml)");
        using var stream = entry.Open();
        var body = XDocument.Load(stream).Root?.Element(W + "body")
            ?? throw new InvalidDataException($"{path} has no document body");
        return [.. body.Elements(W + "p").Select(Text)];
    }

    private static string Text(XElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element.Name == W + "t")
            {
                text.Append(element.Value);
            }
            else if (element.Name == W + "tab" && element.Parent?.Name == W + "r")
            {
                text.Append('\t');
            }
            else if (element.Name == W + "br" || element.Name == W + "cr")
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }
}

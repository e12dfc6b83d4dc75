using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Deskbench.Evaluators.Documents.Benchmarks;

/// <summary>
/// Writes realistic-size documents for the evaluator benchmark without any office suite: minimal but valid OOXML
/// packages built with the Open XML SDK (xlsx, docx, pptx; the parts' markup written here) and a text PDF (PdfPig's
/// writer), with deterministic pseudo-random prose.
/// </summary>
internal static class BenchmarkFixtures
{
    private static readonly string[] Words =
        ["revenue", "quarter", "region", "growth", "report", "market", "costs", "margin", "forecast", "budget", "team", "north", "south", "product", "sales", "review"];

    public static void WriteXlsx(string path, int rows)
    {
        var sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        sheet.Append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Name</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Amount</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Rate</t></is></c></row>");
        for (var r = 2; r <= rows + 1; r++)
        {
            sheet.Append(CultureInfo.InvariantCulture,
                $"<row r=\"{r}\"><c r=\"A{r}\"><v>{r - 1}</v></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>{Word(r)} {Word(r * 7)}</t></is></c><c r=\"C{r}\"><v>{(r * 37) % 1000}</v></c><c r=\"D{r}\"><v>{(r % 97) / 13.0:R}</v></c></row>");
        }

        sheet.Append("</sheetData></worksheet>");
        File.Delete(path);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        Feed(workbook, "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Feed(workbook.AddNewPart<WorksheetPart>("rId1"), sheet.ToString());
    }

    public static void WriteDocx(string path, int pages)
    {
        var body = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (var p = 0; p < pages * 12; p++)
        {
            body.Append("<w:p><w:pPr><w:spacing w:line=\"360\" w:lineRule=\"auto\"/></w:pPr><w:r><w:t>").Append(SecurityElement.Escape(Sentence(p, 40))).Append("</w:t></w:r></w:p>");
        }

        body.Append("</w:body></w:document>");
        File.Delete(path);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        Feed(document.AddMainDocumentPart(), body.ToString());
    }

    public static void WritePptx(string path, int slides)
    {
        File.Delete(path);
        using var document = PresentationDocument.Create(path, PresentationDocumentType.Presentation);
        var presentation = document.AddPresentationPart();
        var ids = new StringBuilder();
        for (var s = 1; s <= slides; s++)
        {
            ids.Append(CultureInfo.InvariantCulture, $"<p:sldId id=\"{255 + s}\" r:id=\"rId{s}\"/>");
            Feed(presentation.AddNewPart<SlidePart>($"rId{s}"), Slide(s));
        }

        Feed(presentation, $"<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><p:sldIdLst>{ids}</p:sldIdLst><p:sldSz cx=\"9144000\" cy=\"6858000\"/></p:presentation>");
    }

    public static void WritePdf(string path, int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var line = 0; line < 45; line++)
            {
                page.AddText(Sentence((p * 45) + line, 12), 10, new PdfPoint(50, 800 - (line * 16)), font);
            }
        }

        File.WriteAllBytes(path, builder.Build());
    }

    private static string Slide(int number)
    {
        var shapes = new StringBuilder();
        for (var i = 0; i < 3; i++)
        {
            shapes.Append(CultureInfo.InvariantCulture,
                $"<p:sp><p:nvSpPr><p:cNvPr id=\"{i + 2}\" name=\"Box {i}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"720000\" y=\"{360000 + (i * 1800000)}\"/><a:ext cx=\"7200000\" cy=\"1500000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:p><a:pPr lvl=\"{i % 2}\"><a:buChar char=\"•\"/></a:pPr><a:r><a:rPr sz=\"1800\" b=\"{i % 2}\"><a:solidFill><a:srgbClr val=\"1F3864\"/></a:solidFill><a:latin typeface=\"Arial\"/></a:rPr><a:t>{SecurityElement.Escape(Sentence((number * 3) + i, 8))}</a:t></a:r></a:p></p:txBody></p:sp>");
        }

        return $"<p:sld xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>{shapes}</p:spTree></p:cSld><p:transition><p:fade/></p:transition></p:sld>";
    }

    private static string Word(int seed) => Words[(int)((uint)(seed * 2654435761u) % (uint)Words.Length)];

    private static string Sentence(int seed, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => Word((seed * 31) + i))) + ".";

    /// <summary>Writes <paramref name="xml"/> (with an XML declaration) as the content of <paramref name="part"/>.</summary>
    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(new UTF8Encoding(false).GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(stream);
    }
}

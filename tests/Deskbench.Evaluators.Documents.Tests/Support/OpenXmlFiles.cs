using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>Small real xlsx/docx packages built with the Open XML SDK, their part markup given by the test.</summary>
public static class OpenXmlFiles
{
    /// <summary>A one-sheet workbook whose sheetData is <paramref name="rowsXml"/>, with the given shared strings.</summary>
    public static void Workbook(string path, string rowsXml, params string[] sharedStrings)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        Feed(workbook, """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Feed(workbook.AddNewPart<WorksheetPart>("rId1"), $"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rowsXml}</sheetData></worksheet>""");
        var strings = string.Concat(sharedStrings.Select(s => $"<si><t>{SecurityElement.Escape(s)}</t></si>"));
        Feed(workbook.AddNewPart<SharedStringTablePart>("rId2"), $"""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{strings}</sst>""");
    }

    /// <summary>A Word document with one body paragraph per entry of <paramref name="paragraphs"/>, then a one-cell table.</summary>
    public static void Document(string path, params string[] paragraphs)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(p)}</w:t></w:r></w:p>"));
        Feed(document.AddMainDocumentPart(), $"""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:tbl><w:tr><w:tc><w:p><w:r><w:t>in a table</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>""");
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(stream);
    }
}

using System.IO.Compression;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Getters.Apps;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Getters;

/// <summary><c>content_from_vm_file</c> on a real xlsx package fetched through the local guest.</summary>
public sealed class ContentFromVmFileGetterTests : IDisposable
{
    private readonly EvaluatorTestBed bed = new();

    private Task<JsonNode?> GetAsync(string spec) =>
        new ContentFromVmFileGetter().GetAsync(bed.GetterContext(), JsonNode.Parse(spec)!.AsObject(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Last_row_is_read_with_pandas_column_types()
    {
        WriteWorkbook("Desktop/researchers.xlsx", """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
            <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2"><v>1200</v></c><c r="C2"><v>2.5</v></c><c r="D2"><v>7</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>Yann LeCun</t></is></c><c r="B3"><v>350000</v></c><c r="C3"><v>3</v></c></row>
            """);

        var row = await GetAsync("""{"type": "content_from_vm_file", "path": "/home/user/Desktop/researchers.xlsx", "file_type": "xlsx", "file_content": "last_row"}""");

        Assert.Equal(["Yann LeCun", "350000", "3.0", "nan"], row!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.True(File.Exists(Path.Combine(bed.CacheDirectory, "researchers.xlsx")));
    }

    [Fact]
    public async Task Missing_file_is_file_not_found_and_other_types_are_rejected()
    {
        await Assert.ThrowsAsync<GetterFileNotFoundException>(() =>
            GetAsync("""{"type": "content_from_vm_file", "path": "/home/user/none.xlsx", "file_type": "xlsx", "file_content": "last_row"}"""));
        var error = await Assert.ThrowsAsync<NotSupportedException>(() =>
            GetAsync("""{"type": "content_from_vm_file", "path": "/home/user/a.csv", "file_type": "csv", "file_content": "last_row"}"""));
        Assert.Contains("content_from_vm_file", error.Message, StringComparison.Ordinal);
    }

    private void WriteWorkbook(string relativePath, string rows)
    {
        var path = Path.Combine(bed.Home, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        Write(archive, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        Write(archive, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Write(archive, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Write(archive, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        Write(archive, "xl/sharedStrings.xml", """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Name</t></si><si><t>Citations</t></si><si><t>Score</t></si><si><t>Note</t></si><si><t>Geoffrey Hinton</t></si></sst>""");
        Write(archive, "xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""");
    }

    private static void Write(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(content);
    }

    public void Dispose() => bed.Dispose();
}

using Deskbench.Evaluators.Documents.Getters;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Getters;

/// <summary><c>content_from_vm_file</c> on a real xlsx package fetched from the guest's home folder.</summary>
public sealed class ContentFromVmFileGetterTests : IDisposable
{
    private readonly GetterBed bed = new();

    private Task<System.Text.Json.Nodes.JsonNode?> GetAsync(string spec) => bed.GetAsync(new ContentFromVmFileGetter(), spec);

    [Fact]
    public async Task Last_row_is_read_with_pandas_column_types()
    {
        OpenXmlFiles.Workbook(bed.GuestFile("/home/user/Desktop/researchers.xlsx"), """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
            <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2"><v>1200</v></c><c r="C2"><v>2.5</v></c><c r="D2"><v>7</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>Yann LeCun</t></is></c><c r="B3"><v>350000</v></c><c r="C3"><v>3</v></c></row>
            """, "Name", "Citations", "Score", "Note", "Geoffrey Hinton");

        var row = await GetAsync("""{"type": "content_from_vm_file", "path": "/home/user/Desktop/researchers.xlsx", "file_type": "xlsx", "file_content": "last_row"}""");

        Assert.Equal(["Yann LeCun", "350000", "3.0", "nan"], row!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.True(File.Exists(Path.Combine(bed.CacheDirectory, "researchers.xlsx")));
    }

    [Fact]
    public async Task Missing_file_is_file_not_found_other_types_are_rejected_and_a_non_workbook_names_the_getter()
    {
        await Assert.ThrowsAsync<GetterFileNotFoundException>(() =>
            GetAsync("""{"type": "content_from_vm_file", "path": "/home/user/none.xlsx", "file_type": "xlsx", "file_content": "last_row"}"""));
        var error = await Assert.ThrowsAsync<NotSupportedException>(() =>
            GetAsync("""{"type": "content_from_vm_file", "path": "/home/user/a.csv", "file_type": "csv", "file_content": "last_row"}"""));
        Assert.Contains("content_from_vm_file", error.Message, StringComparison.Ordinal);

        OpenXmlFiles.Document(bed.GuestFile("/home/user/report.xlsx"), "not a workbook");
        var wrongType = await Assert.ThrowsAsync<DocumentReadException>(() =>
            GetAsync("""{"type": "content_from_vm_file", "path": "/home/user/report.xlsx", "file_type": "xlsx", "file_content": "last_row"}"""));
        Assert.Contains("content_from_vm_file", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains("is not a spreadsheet (xlsx) package", wrongType.Message, StringComparison.Ordinal);
    }

    public void Dispose() => bed.Dispose();
}

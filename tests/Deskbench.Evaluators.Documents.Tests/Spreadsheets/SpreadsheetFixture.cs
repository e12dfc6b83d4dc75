using System.IO.Compression;
using Deskbench.Evaluators.Documents.Tests.Support;
using static Deskbench.Evaluators.Documents.Tests.Support.Fods;

namespace Deskbench.Evaluators.Documents.Tests.Spreadsheets;

/// <summary>
/// Workbooks made once per test class by the real LibreOffice from flat ODF sources: a base book and variants that differ
/// in exactly one thing (a cell value, a style, a hidden row, a validation, the chart type, the pivot layout, freeze/zoom).
/// </summary>
public sealed class SpreadsheetFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "deskbench-xlsx-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string name) => Path.Combine(Folder, "out", name);

    public async ValueTask InitializeAsync()
    {
        if (LibreOffice.Unavailable is not null)
        {
            return;
        }

        var sources = Path.Combine(Folder, "src");
        Directory.CreateDirectory(sources);
        var files = new Dictionary<string, string>
        {
            ["base"] = Book(score: 3.14159, highlight: true, hideRow: true, validation: true),
            ["rounded"] = Book(score: 3.14161, highlight: true, hideRow: true, validation: true),
            ["changed"] = Book(score: 3.5, highlight: true, hideRow: true, validation: true),
            ["plain"] = Book(score: 3.14159, highlight: false, hideRow: false, validation: false),
            ["renamed"] = Book(score: 3.14159, highlight: true, hideRow: true, validation: true, firstSheet: "Results"),
            ["bar"] = ChartBook("bar", "row"),
            ["line"] = ChartBook("line", "row"),
            ["pivotcol"] = ChartBook("bar", "column"),
            ["address"] = Document(string.Empty, Table("Sheet1", [TextCell("Street")], [TextCell("12 Main Rd")], [TextCell("(555) 123")])),
            ["address_alt"] = Document(string.Empty, Table("Sheet1", [TextCell("street")], [TextCell("12 Main Road")], [TextCell("555 123")])),
            ["address_other"] = Document(string.Empty, Table("Sheet1", [TextCell("Street")], [TextCell("99 Side Street")], [TextCell("555 123")])),
        };
        foreach (var (name, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(sources, name + ".fods"), text);
        }

        var output = Path.Combine(Folder, "out");
        var profile = Path.Combine(Folder, "profile");
        await LibreOffice.ConvertAsync([.. files.Keys.Select(n => Path.Combine(sources, n + ".fods"))], "xlsx", output, profile, CancellationToken.None);

        // sheet_print reads the CSV LibreOffice exports next to the workbook ({book}-{sheet}.csv).
        await LibreOffice.ConvertAsync([PathOf("base.xlsx"), PathOf("changed.xlsx")], "csv", Path.Combine(Folder, "csv"), profile, CancellationToken.None);
        File.Copy(Path.Combine(Folder, "csv", "base.csv"), PathOf("base-Data.csv"));
        File.Copy(Path.Combine(Folder, "csv", "changed.csv"), PathOf("changed-Data.csv"));
        File.Copy(PathOf("base.xlsx"), PathOf("base_copy.xlsx"));
        File.Copy(PathOf("base-Data.csv"), PathOf("base_copy-Data.csv"));

        // Scripted edits of LibreOffice's output: a frozen first row/column scrolled two ways, and a 150% zoom.
        EditSheetView(PathOf("base.xlsx"), PathOf("frozen.xlsx"), "<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\" activePane=\"bottomRight\" state=\"frozen\"/>", zoom: null);
        EditSheetView(PathOf("base.xlsx"), PathOf("frozen_scrolled.xlsx"), "<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B40\" activePane=\"bottomRight\" state=\"frozen\"/>", zoom: null);
        EditSheetView(PathOf("base.xlsx"), PathOf("zoomed.xlsx"), string.Empty, zoom: "150");

        await File.WriteAllBytesAsync(PathOf("truncated.xlsx"), (await File.ReadAllBytesAsync(PathOf("base.xlsx")))[..600]);
        await File.WriteAllBytesAsync(PathOf("encrypted.xlsx"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0]);
        await File.WriteAllTextAsync(PathOf("notes.xlsx"), "just some text, not a workbook");
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    private static string Book(double score, bool highlight, bool hideRow, bool validation, string firstSheet = "Data")
    {
        var styles = CellStyle("hl", "#ffff00", "#ff0000", bold: true) + CellStyle("pl", "#ffffff", "#000000", bold: false);
        var body = (validation ? ListValidation("val1", firstSheet + ".C2", "Pass", "Fail", "Held") : string.Empty)
            + Table(
                firstSheet,
                [TextCell("Name"), TextCell("Score"), TextCell("Status")],
                [TextCell("Ann", highlight ? "table:style-name=\"hl\"" : "table:style-name=\"pl\""), NumberCell(score), TextCell("Pass", validation ? "table:content-validation-name=\"val1\"" : string.Empty)],
                [$"<table:table-row{(hideRow ? " table:visibility=\"collapse\"" : string.Empty)}>{TextCell("Bob", "table:number-columns-spanned=\"2\"")}{Covered()}{NumberCell(2, "table:formula=\"of:=1+1\"")}</table:table-row>"],
                [TextCell("Cid"), NumberCell(7), TextCell("Fail")])
            + Table("Other", [NumberCell(7)]);
        return Document(styles, body);
    }

    private static string ChartBook(string chartClass, string pivotOrientation) =>
        Document(string.Empty,
            TableWith("Sales", Chart(chartClass, "Sales by region", "Sales", 5),
                [TextCell("Region"), TextCell("Sales")], [TextCell("North"), NumberCell(10)], [TextCell("South"), NumberCell(20)], [TextCell("North"), NumberCell(5)], [TextCell("East"), NumberCell(8)])
            + Table("Pivot", [Empty()])
            + PilotTable("Sales.A1:Sales.B5", "Pivot.A1:Pivot.C8", "Region", "Sales", pivotOrientation));

    private static void EditSheetView(string source, string target, string pane, string? zoom)
    {
        File.Copy(source, target, overwrite: true);
        using var archive = ZipFile.Open(target, ZipArchiveMode.Update);
        var entry = archive.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        if (zoom is not null)
        {
            xml = xml.Replace("zoomScale=\"100\"", $"zoomScale=\"{zoom}\"", StringComparison.Ordinal);
        }

        var viewStart = xml.IndexOf("<sheetView ", StringComparison.Ordinal);
        var viewOpenEnd = xml.IndexOf('>', viewStart) + 1;
        xml = xml.Insert(viewOpenEnd, pane);
        entry.Delete();
        using var writer = new StreamWriter(archive.CreateEntry("xl/worksheets/sheet1.xml").Open());
        writer.Write(xml);
    }
}

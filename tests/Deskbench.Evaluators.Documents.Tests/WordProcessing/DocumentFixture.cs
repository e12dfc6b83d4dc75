using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.WordProcessing;

/// <summary>Word documents made once per test class by the real LibreOffice from flat ODF sources, each differing from "base" in one thing.</summary>
public sealed class DocumentFixture : IAsyncLifetime
{
    private static readonly string[][] Table = [["Name", "Qty"], ["Apples", "3"], ["Pears", "5"]];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "deskbench-docx-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string name) => Path.Combine(Folder, "out", name);

    public async ValueTask InitializeAsync()
    {
        if (LibreOffice.Unavailable is not null)
        {
            return;
        }

        (string, int)[] Paragraphs(string second = "The quick brown fox jumps over the lazy dog.", int spacing = 150) =>
            [("Report", 100), (second, spacing), ("Closing words.", 100)];
        var documents = new Dictionary<string, string>
        {
            ["base"] = Fodt.Document(Paragraphs(), Table),
            ["base_again"] = Fodt.Document(Paragraphs(), Table),
            ["word"] = Fodt.Document(Paragraphs(second: "The quick brown cat jumps over the lazy dog."), Table),
            ["spaces"] = Fodt.Document(Paragraphs(second: "The  quick brown fox   jumps over the lazy dog. "), Table),
            ["case"] = Fodt.Document(Paragraphs(second: "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG."), Table),
            ["double"] = Fodt.Document(Paragraphs(spacing: 200), Table),
            ["cell"] = Fodt.Document(Paragraphs(), [["Name", "Qty"], ["Apples", "4"], ["Pears", "5"]]),
            ["formatted"] = Fodt.Raw("<text:p text:style-name=\"C\">Title line</text:p><text:p>Water is H<text:span text:style-name=\"Sub\">2</text:span>O and <text:span text:style-name=\"I14\">italic words</text:span> here.</text:p><text:p>Mark <text:span text:style-name=\"H\">this</text:span> now.</text:p><text:p text:style-name=\"PB\"><text:span text:style-name=\"S\">Struck out</text:span></text:p>"),
            ["plainformat"] = Fodt.Raw("<text:p>Title line</text:p><text:p>Water is H2O and <text:span text:style-name=\"I12\">italic words</text:span> here.</text:p><text:p>Mark this now.</text:p><text:p>Struck out</text:p>"),
            ["trains_initial"] = Fodt.Document([("08:00:00, T1, S1, 1", 100), ("08:05:00, T2, S1, 2", 100), ("08:10:00, T1, S2, 1", 100), ("08:15:00, T3, S3, 3", 100)], []),
            ["trains_gold"] = Fodt.Document([("08:00:00, T1, S1, 1", 100), ("08:05:00, T2, S1, 2", 100), ("08:15:00, T3, S3, 3", 100)], []),
            ["trains_dup"] = Fodt.Document([("08:00:00, T1, S1, 1", 100), ("08:05:00, T2, S1, 2", 100), ("08:10:00, T1, S2, 1", 100)], []),
            ["tabs5"] = Fodt.Raw("<text:p text:style-name=\"T5\">Name<text:tab/>Value</text:p><text:p text:style-name=\"T5\">Other name<text:tab/>More</text:p>"),
            ["tabs6"] = Fodt.Raw("<text:p text:style-name=\"T6\">Name<text:tab/>Value</text:p><text:p text:style-name=\"T6\">Other name<text:tab/>More</text:p>"),
            ["tabs5c"] = Fodt.Raw("<text:p text:style-name=\"T5C\">Name<text:tab/>Value</text:p><text:p text:style-name=\"T5C\">Other name<text:tab/>More</text:p>"),
            ["colored"] = Fodt.Raw(ColoredTable("Red", "Blue")),
            ["miscolored"] = Fodt.Raw(ColoredTable("Blue", "Blue")),
            ["column"] = Fodt.Document(Paragraphs(), [["Name", "Qty", "Price"], ["Apples", "3", "1"], ["Pears", "5", "2"]]),
        };
        var sources = Path.Combine(Folder, "src");
        Directory.CreateDirectory(sources);
        foreach (var (name, text) in documents)
        {
            await File.WriteAllTextAsync(Path.Combine(sources, name + ".fodt"), text);
        }

        var output = Path.Combine(Folder, "out");
        await LibreOffice.ConvertAsync([.. documents.Keys.Select(n => Path.Combine(sources, n + ".fodt"))], "docx", output, Path.Combine(Folder, "profile"), CancellationToken.None);
        await LibreOffice.ConvertAsync([Path.Combine(sources, "base.fodt"), Path.Combine(sources, "word.fodt"), Path.Combine(sources, "formatted.fodt"), Path.Combine(sources, "plainformat.fodt")], "odt", output, Path.Combine(Folder, "profile"), CancellationToken.None);
        await File.WriteAllBytesAsync(PathOf("truncated.docx"), (await File.ReadAllBytesAsync(PathOf("base.docx")))[..700]);
    }

    private static string ColoredTable(string appleStyle, string bananaStyle) =>
        "<text:p>Fruit</text:p><table:table table:name=\"Fruit\"><table:table-column table:number-columns-repeated=\"2\"/><table:table-row>"
        + $"<table:table-cell office:value-type=\"string\"><text:p><text:span text:style-name=\"{appleStyle}\">apple</text:span></text:p></table:table-cell>"
        + $"<table:table-cell office:value-type=\"string\"><text:p><text:span text:style-name=\"{bananaStyle}\">banana</text:span></text:p></table:table-cell>"
        + "</table:table-row></table:table>";

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
}

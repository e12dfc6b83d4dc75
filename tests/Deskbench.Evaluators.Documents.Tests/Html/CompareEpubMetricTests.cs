using System.IO.Compression;
using System.Text;
using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Html;

public sealed class CompareEpubMetricTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("deskbench-epub-").FullName;

    private static string Opf(string identifier) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uuid_id">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:title>Pass Through</dc:title>
            <dc:identifier id="uuid_id">{identifier}</dc:identifier>
          </metadata>
          <manifest><item href="chapter1.html" id="c1" media-type="application/xhtml+xml"/></manifest>
          <spine toc="ncx"><itemref idref="c1"/></spine>
        </package>
        """;

    private static string Toc(string navLabel) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
          <docTitle><text>Pass Through</text></docTitle>
          <navMap>
            <navPoint id="n1" playOrder="1"><navLabel><text>{navLabel}</text></navLabel><content src="chapter1.html"/></navPoint>
          </navMap>
        </ncx>
        """;

    private static string Chapter(params string[] paragraphs) =>
        "<html xmlns=\"http://www.w3.org/1999/xhtml\">\r\n<head><title>Chapter</title></head>\r\n<body>\n<div class=\"chapter\">\n"
        + string.Concat(paragraphs.Select(p => $"  <p class=\"text\">{p}</p>\n"))
        + "</div>\n</body>\n</html>\n";

    private static readonly string[] Story =
    [
        "It was raining when the train left.", "Nobody on the platform waved.", "The conductor counted the seats twice.",
        "A dog slept under the bench.", "By noon the rain had stopped.",
    ];

    private string Epub(string name, string identifier, string navLabel, string chapter, string chapterName = "chapter1.html")
    {
        var path = Path.Combine(folder, name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(archive, "mimetype", "application/epub+zip");
        Add(archive, "META-INF/container.xml", "<container><rootfiles><rootfile full-path=\"content.opf\"/></rootfiles></container>");
        Add(archive, "content.opf", Opf(identifier));
        Add(archive, "toc.ncx", Toc(navLabel));
        Add(archive, chapterName, chapter);
        Add(archive, "titlepage.xhtml", "<html><body>ignored, not .html</body></html>");
        return path;
    }

    private static void Add(ZipArchive archive, string name, string text)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void The_same_book_with_another_identifier_and_table_of_contents_labels_scores_1()
    {
        var gold = Epub("gold.epub", "urn:uuid:1111", "Chapter One", Chapter(Story));
        var result = Epub("result.epub", "urn:uuid:2222", "Chapter 1", Chapter(Story).Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal(1.0, Metric.Score(new CompareEpubMetric(), result, gold));
    }

    [Fact]
    public void A_changed_chapter_lowers_the_score_by_that_part_only()
    {
        var gold = Epub("gold.epub", "urn:uuid:1111", "Chapter One", Chapter(Story));
        var edited = Story.ToArray();
        edited[2] = "The conductor sold no tickets.";
        var result = Epub("result.epub", "urn:uuid:1111", "Chapter One", Chapter(edited));
        var score = Metric.Score(new CompareEpubMetric(), result, gold);
        // Two of the three parts are equal, the chapter differs in one of its lines.
        Assert.InRange(score, 2.0 / 3, 0.999);
        var empty = Epub("empty.epub", "urn:uuid:1111", "Chapter One", Chapter());
        Assert.True(Metric.Score(new CompareEpubMetric(), empty, gold) < score);
    }

    [Fact]
    public void A_result_that_is_not_a_zip_or_None_scores_0()
    {
        var gold = Epub("gold.epub", "urn:uuid:1111", "Chapter One", Chapter(Story));
        var notZip = Path.Combine(folder, "broken.epub");
        File.WriteAllText(notZip, "not an epub");
        Assert.Equal(0.0, Metric.Score(new CompareEpubMetric(), notZip, gold));
        Assert.Equal(0.0, Metric.Score(new CompareEpubMetric(), (string?)null, gold));
    }

    [Fact]
    public void The_metrics_are_registered_under_their_OSWorld_names()
    {
        var names = DocumentMetrics.All.Select(m => m.Name).ToList();
        Assert.Contains("compare_epub", names);
        Assert.Contains("compare_htmls", names);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

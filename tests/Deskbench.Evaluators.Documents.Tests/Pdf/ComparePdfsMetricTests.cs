using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Pdf;
using Deskbench.Evaluators.Documents.Tests.Support;
using Deskbench.Evaluators.Text;

namespace Deskbench.Evaluators.Documents.Tests.Pdf;

public sealed class ComparePdfsMetricTests(PdfFixture pdfs) : IClassFixture<PdfFixture>
{
    private double Score(JsonNode? result, JsonNode? expected)
    {
        LibreOffice.Require();
        return Metric.Score(new ComparePdfsMetric(), result, expected);
    }

    [Fact]
    public void The_same_document_scores_one_and_a_changed_word_a_little_less()
    {
        Assert.Equal(1.0, Score(pdfs.PathOf("base_again.pdf"), pdfs.PathOf("base.pdf")));
        Assert.InRange(Score(pdfs.PathOf("word.pdf"), pdfs.PathOf("base.pdf")), 0.9, 0.999);
        Assert.InRange(Score(pdfs.PathOf("other.pdf"), pdfs.PathOf("base.pdf")), 0.0, 0.7);
    }

    [Fact]
    public void Lists_of_pdfs_average_their_pair_scores_and_unreadable_pairs_count_zero()
    {
        var score = Score(new JsonArray(pdfs.PathOf("base_again.pdf"), pdfs.PathOf("truncated.pdf")), new JsonArray(pdfs.PathOf("base.pdf"), pdfs.PathOf("base.pdf")));
        Assert.Equal(0.5, score, 10);
    }

    [Fact]
    public void Compare_pdf_images_matches_the_same_picture_and_not_its_mirror()
    {
        LibreOffice.Require();
        var metric = new ComparePdfImagesMetric();
        Assert.Equal(1.0, Metric.Score(metric, JsonValue.Create(pdfs.PathOf("image_a_again.pdf")), JsonValue.Create(pdfs.PathOf("image_a.pdf"))));
        Assert.Equal(0.0, Metric.Score(metric, JsonValue.Create(pdfs.PathOf("image_b.pdf")), JsonValue.Create(pdfs.PathOf("image_a.pdf"))));
        Assert.Equal(0.0, Metric.Score(metric, JsonValue.Create(pdfs.PathOf("base.pdf")), JsonValue.Create(pdfs.PathOf("image_a.pdf"))));
        Assert.Equal(1.0, Metric.Score(metric, JsonValue.Create(pdfs.PathOf("base.pdf")), JsonValue.Create(pdfs.PathOf("other.pdf"))));
    }

    [Fact]
    public void Check_pdf_pages_compares_the_page_count()
    {
        LibreOffice.Require();
        var metric = new CheckPdfPagesMetric();
        Assert.Equal(1.0, Metric.Score(metric, JsonValue.Create(pdfs.PathOf("base.pdf")), JsonNode.Parse("""{"relation": "eq", "ref_value": 1}""")));
        Assert.Equal(0.0, Metric.Score(metric, JsonValue.Create(pdfs.PathOf("base.pdf")), JsonNode.Parse("""{"relation": "gt", "ref_value": 1}""")));
    }

    [Theory]
    [InlineData(".zip")]
    [InlineData(".tar.gz")]
    public void Compare_archive_unpacks_both_and_compares_each_file(string extension)
    {
        LibreOffice.Require();
        var gold = pdfs.Archive("gold" + extension, ("report.pdf", "base.pdf"), ("notes.pdf", "other.pdf"));
        var same = pdfs.Archive("same" + extension, ("report.pdf", "base_again.pdf"), ("notes.pdf", "other.pdf"));
        var changed = pdfs.Archive("changed" + extension, ("report.pdf", "word.pdf"), ("notes.pdf", "other.pdf"));
        var renamed = pdfs.Archive("renamed" + extension, ("summary.pdf", "base.pdf"), ("notes.pdf", "other.pdf"));
        var metric = new CompareArchiveMetric();
        const string options = """{"file_type": "pdf"}""";
        Assert.Equal(1.0, Metric.Score(metric, same, gold, options));
        Assert.InRange(Metric.Score(metric, changed, gold, options), 0.95, 0.9999);
        Assert.Equal(0.0, Metric.Score(metric, renamed, gold, options));
    }

    [Fact]
    public void The_bit_parallel_ratio_equals_the_reference_ratio()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var a = new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => (char)('a' + random.Next(0, 5)))]);
            var b = new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => (char)('a' + random.Next(0, 5)))]);
            Assert.Equal(FuzzRatio.Ratio(a, b), FastFuzzRatio.Ratio(a, b), 10);
        }
    }
}

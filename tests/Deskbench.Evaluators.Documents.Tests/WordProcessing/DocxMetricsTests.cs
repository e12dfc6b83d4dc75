using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.WordProcessing;

public sealed class DocxMetricsTests(DocumentFixture documents) : IClassFixture<DocumentFixture>
{
    private double Score(IMetric metric, string result, string expected, string options = "{}")
    {
        LibreOffice.Require();
        return Metric.Score(metric, documents.PathOf(result), documents.PathOf(expected), options);
    }

    [Fact]
    public void Compare_docx_files_passes_the_same_text_and_fails_a_changed_word()
    {
        var metric = new CompareDocxFilesMetric();
        Assert.Equal(1.0, Score(metric, "base_again.docx", "base.docx"));
        Assert.Equal(0.0, Score(metric, "word.docx", "base.docx"));
    }

    [Fact]
    public void Compare_docx_files_ignores_blanks_by_default_but_not_when_asked()
    {
        var metric = new CompareDocxFilesMetric();
        Assert.Equal(1.0, Score(metric, "spaces.docx", "base.docx"));
        Assert.Equal(0.0, Score(metric, "spaces.docx", "base.docx", """{"ignore_blanks": false}"""));
    }

    [Fact]
    public void Compare_docx_files_honours_ignore_case_and_fuzzy_match()
    {
        var metric = new CompareDocxFilesMetric();
        Assert.Equal(0.0, Score(metric, "case.docx", "base.docx"));
        Assert.Equal(1.0, Score(metric, "case.docx", "base.docx", """{"ignore_case": true}"""));
        var similarity = Score(metric, "word.docx", "base.docx", """{"fuzzy_match": true}""");
        Assert.InRange(similarity, 0.9, 0.999);
        Assert.Equal(1.0, Score(metric, "word.docx", "base.docx", """{"fuzzy_match": true, "fuzzy_match_threshold": 0.9}"""));
    }

    [Fact]
    public void Compare_docx_files_reads_odt_and_rejects_mixed_types()
    {
        var metric = new CompareDocxFilesMetric();
        Assert.Equal(1.0, Score(metric, "base.odt", "base.odt"));
        Assert.Equal(0.0, Score(metric, "word.odt", "base.odt"));
        Assert.Equal(0.0, Score(metric, "base.odt", "base.docx"));
    }

    [Fact]
    public void A_broken_result_scores_zero_and_a_broken_expected_file_is_an_error()
    {
        var metric = new CompareDocxFilesMetric();
        Assert.Equal(0.0, Score(metric, "truncated.docx", "base.docx"));
        var error = Assert.Throws<DocumentReadException>(() => Score(metric, "base.docx", "truncated.docx"));
        Assert.Contains("truncated.docx", error.Message, StringComparison.Ordinal);
        Assert.Contains("compare_docx_files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_docx_tables_fails_a_changed_cell_or_an_added_column()
    {
        var metric = new CompareDocxTablesMetric();
        Assert.Equal(1.0, Score(metric, "word.docx", "base.docx"));
        Assert.Equal(0.0, Score(metric, "cell.docx", "base.docx"));
        Assert.Equal(0.0, Score(metric, "column.docx", "base.docx"));
    }

    [Fact]
    public void Compare_line_spacing_fails_double_spacing_against_one_and_a_half()
    {
        var metric = new CompareLineSpacingMetric();
        Assert.Equal(1.0, Score(metric, "base_again.docx", "base.docx"));
        Assert.Equal(0.0, Score(metric, "double.docx", "base.docx"));
        Assert.Equal(0.0, Score(metric, "word.docx", "base.docx"));
    }
}

using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.WordProcessing;

public sealed class DocsMetricsTests(DocumentFixture documents) : IClassFixture<DocumentFixture>
{
    private static IMetric Named(string name) => DocumentMetrics.All.Single(m => m.Name == name);

    private double Pair(string metric, string result, string expected)
    {
        LibreOffice.Require();
        return Metric.Score(Named(metric), documents.PathOf(result), documents.PathOf(expected));
    }

    private double Single(string metric, string file, JsonNode? rules = null)
    {
        LibreOffice.Require();
        var call = rules is null
            ? MetricCall.ResultOnly(JsonValue.Create(documents.PathOf(file)))
            : MetricCall.Of(JsonValue.Create(documents.PathOf(file)), rules);
        return Named(metric).EvaluateAsync(call, TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();
    }

    [Fact]
    public void Formatting_checks_see_the_formatting_the_task_asks_for()
    {
        Assert.Equal(1.0, Single("is_first_line_centered", "formatted.docx"));
        Assert.Equal(0.0, Single("is_first_line_centered", "plainformat.docx"));
        Assert.Equal(1.0, Single("contains_page_break", "formatted.docx", JsonNode.Parse("""{"page_break_count": 1}""")));
        Assert.Equal(0.0, Single("contains_page_break", "plainformat.docx", JsonNode.Parse("{}")));
        Assert.Equal(1.0, Pair("compare_subscript_contains", "formatted.docx", "formatted.docx"));
        Assert.Equal(0.0, Pair("compare_subscript_contains", "plainformat.docx", "formatted.docx"));

        // Quirk OSWorld itself notes ("Docx file saved in the ubuntu cannot use this function"): LibreOffice writes a
        // character background as w:shd, not w:highlight, so compare_highlighted_text sees no highlight in either file.
        Assert.Equal(1.0, Pair("compare_highlighted_text", "plainformat.docx", "formatted.docx"));
    }

    [Fact]
    public void Italic_size_and_strike_through_need_the_same_text_and_the_formatting()
    {
        Assert.Equal(1.0, Pair("check_italic_font_size_14", "formatted.docx", "plainformat.docx"));
        Assert.Equal(0.0, Pair("check_italic_font_size_14", "plainformat.docx", "formatted.docx"));
        Assert.Equal(1.0, Pair("evaluate_strike_through_last_paragraph", "formatted.docx", "plainformat.docx"));
        Assert.Equal(0.0, Pair("evaluate_strike_through_last_paragraph", "plainformat.docx", "formatted.docx"));
        Assert.Equal(0.0, Pair("evaluate_strike_through_last_paragraph", "base.docx", "formatted.docx"));
    }

    [Fact]
    public void Text_conversion_and_line_set_checks()
    {
        Assert.Equal(0.0, Single("evaluate_conversion", "case.docx"));
        Assert.Equal(1.0, Single("evaluate_conversion", "base.docx"));
        Assert.Equal(1.0, Pair("compare_docx_lines", "base_again.docx", "base.docx"));
        Assert.Equal(0.0, Pair("compare_docx_lines", "word.docx", "base.docx"));
        Assert.Equal(1.0, Pair("compare_init_lines", "base_again.docx", "base.docx"));
        Assert.Equal(0.0, Pair("compare_init_lines", "word.docx", "base.docx"));
    }

    [Fact]
    public void Train_record_checks_want_each_train_once()
    {
        Assert.Equal(1.0, Pair("check_no_duplicates", "trains_initial.docx", "trains_gold.docx"));
        Assert.Equal(0.0, Pair("check_no_duplicates", "trains_initial.docx", "trains_dup.docx"));
        var metric = DocumentMetrics.All.Single(m => m.Name == "compare_unique_train_records");
        JsonNode Expected() => new JsonArray(documents.PathOf("trains_gold.docx"), documents.PathOf("trains_initial.docx"));
        Assert.Equal(1.0, Metric.Score(metric, JsonValue.Create(documents.PathOf("trains_gold.docx")), Expected()));
        Assert.Equal(0.0, Metric.Score(metric, JsonValue.Create(documents.PathOf("trains_dup.docx")), Expected()));
    }

    [Fact]
    public void Check_highlighted_words_fails_while_a_yellow_highlight_remains()
    {
        Assert.Equal(0.0, Pair("check_highlighted_words", "formatted.odt", "plainformat.odt"));
        Assert.Equal(1.0, Pair("check_highlighted_words", "plainformat.odt", "formatted.odt"));
    }

    [Fact]
    public void Check_tabstops_scores_by_tab_stop_distance()
    {
        Assert.Equal(1.0, Pair("check_tabstops", "tabs5.docx", "tabs5.docx"));
        var shifted = Pair("check_tabstops", "tabs6.docx", "tabs5.docx");
        Assert.InRange(shifted, 0.5, 0.99);
        Assert.Equal(0.0, Pair("check_tabstops", "tabs5c.docx", "tabs5.docx"));
        LibreOffice.Require();
        var words = Metric.Score(DocumentMetrics.All.Single(m => m.Name == "check_tabstops"), documents.PathOf("tabs5.docx"), documents.PathOf("tabs5.docx"), """{"word_number_split_by_tabstop": 2, "index": 0}""");
        Assert.Equal(0.0, words);
    }

    [Fact]
    public void Colored_words_need_red_vowels_and_blue_consonants()
    {
        Assert.Equal(1.0, Pair("evaluate_colored_words_in_tables", "colored.docx", "miscolored.docx"));
        Assert.Equal(0.0, Pair("evaluate_colored_words_in_tables", "miscolored.docx", "colored.docx"));
    }

    [Fact]
    public void Ciede2000_matches_skimage()
    {
        // Reference values from scikit-image 0.19.3: deltaE_ciede2000(rgb2lab(a / 255), rgb2lab(b / 255)).
        Assert.Equal(12.92767990809842, Deskbench.Evaluators.Documents.Imaging.Ciede2000.Difference((200, 30, 40), (255, 0, 0)), 9);
        Assert.Equal(1.057784988245254, Deskbench.Evaluators.Documents.Imaging.Ciede2000.Difference((10, 20, 250), (0, 0, 255)), 9);
        Assert.Equal(52.88139970455687, Deskbench.Evaluators.Documents.Imaging.Ciede2000.Difference((0, 0, 255), (255, 0, 0)), 9);
    }
}

using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Ocr;
using Deskbench.Evaluators.Documents.Tests.Support;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Tests.Ocr;

public sealed class CompareImageTextMetricTests(OcrImageFixture images) : IClassFixture<OcrImageFixture>
{
    private static readonly IMetric Registered = DocumentMetrics.All.Single(m => m.Name == "compare_image_text");

    private static JsonObject Rule(string text) => new() { ["type"] = "text", ["text"] = text };

    private double Score(string file, string text, IMetric? metric = null)
    {
        images.Require();
        return Metric.Score(metric ?? Registered, JsonValue.Create(images.PathOf(file)), Rule(text));
    }

    [Fact]
    public void Text_in_the_image_scores_one_and_text_not_in_it_scores_zero()
    {
        Assert.Equal(1.0, Score("sentence.png", "quick brown fox"));
        Assert.Equal(1.0, Score("terminal.png", "ls"));
        Assert.Equal(0.0, Score("sentence.png", "lazy cat"));
        Assert.Equal(0.0, Score("other.png", "ls"));
    }

    [Fact]
    public void Lines_are_joined_by_single_spaces_and_case_counts()
    {
        // easyocr's boxes are joined with " " in OSWorld: text across a line break matches with one space.
        Assert.Equal(1.0, Score("sentence.png", "fox jumps"));
        Assert.Equal(0.0, Score("sentence.png", "fox\njumps"));
        Assert.Equal(0.0, Score("sentence.png", "QUICK BROWN"));
        Assert.Equal("a b c", OcrText.Normalise("a\n\nb \t c\n\f"));
    }

    [Fact]
    public void A_missing_file_or_a_None_result_scores_zero_without_running_ocr()
    {
        var withoutOcr = new CompareImageTextMetric(new TesseractOcr("/nonexistent/tesseract"));
        Assert.Equal(0.0, Metric.Score(withoutOcr, JsonValue.Create("/nonexistent/ls.png"), Rule("ls")));
        Assert.Equal(0.0, Metric.Score(withoutOcr, null, Rule("ls")));
        Assert.Equal(0.0, Metric.Score(withoutOcr, JsonValue.Create(""), Rule("ls")));
    }

    [Theory]
    [InlineData("truncated.png")]
    [InlineData("truncated-dump.png")]
    [InlineData("path-list.png")]
    public void A_file_that_is_no_readable_image_is_an_error_naming_metric_and_file(string file)
    {
        images.Require();
        var error = Assert.Throws<DocumentReadException>(() => Score(file, "quick"));
        Assert.Equal("compare_image_text", error.Metric);
        Assert.Equal(images.PathOf(file), error.FilePath);
        Assert.Contains(images.PathOf(file), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_tesseract_is_an_error_that_says_what_to_install()
    {
        images.Require();
        var metric = new CompareImageTextMetric(new TesseractOcr("/nonexistent/tesseract"));
        var error = Assert.Throws<InvalidOperationException>(() => Score("sentence.png", "quick", metric));
        Assert.Contains("compare_image_text", error.Message, StringComparison.Ordinal);
        Assert.Contains(images.PathOf("sentence.png"), error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install tesseract-ocr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tesseract_without_the_language_data_is_an_error_with_its_message()
    {
        images.Require();
        var metric = new CompareImageTextMetric(new TesseractOcr(language: "xx-missing"));
        var error = Assert.Throws<InvalidOperationException>(() => Score("sentence.png", "quick", metric));
        Assert.Contains("compare_image_text: tesseract could not read the text in", error.Message, StringComparison.Ordinal);
        Assert.Contains("xx-missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_rule_type_raises_ValueError_and_a_non_string_target_TypeError()
    {
        images.Require();
        var path = JsonValue.Create(images.PathOf("sentence.png"));
        var wrongType = Assert.Throws<PythonErrorException>(() => Metric.Score(Registered, path, new JsonObject { ["type"] = "regex", ["text"] = "q" }));
        Assert.Equal("ValueError", wrongType.Kind);
        var wrongTarget = Assert.Throws<PythonErrorException>(() => Metric.Score(Registered, path, new JsonObject { ["type"] = "text", ["text"] = 5 }));
        Assert.Equal("TypeError", wrongTarget.Kind);
    }

    [Fact]
    public void An_x11_window_dump_named_png_and_a_tiff_are_read()
    {
        Assert.Equal(1.0, Score("terminal-dump.png", "ls"));
        Assert.Equal(1.0, Score("terminal-dump.png", "Documents"));
        Assert.Equal(1.0, Score("terminal.tif", "Downloads"));
    }
}

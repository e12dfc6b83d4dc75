using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.WordProcessing;

/// <summary><c>fuzzy_place_math</c> on real .docx packages: body paragraphs only (not the table), words split on whitespace.</summary>
public sealed class FuzzyPlaceMathMetricTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("deskbench-fuzzy-place-").FullName;

    private string Docx(string name, params string[] paragraphs)
    {
        var path = Path.Combine(folder, name);
        OpenXmlFiles.Document(path, paragraphs);
        return path;
    }

    [Fact]
    public void Averages_the_best_ratio_of_exactly_three_words()
    {
        var metric = new FuzzyPlaceMathMetric();
        const string rules = """{"expected": ["深圳市福田区正义街1号", "福田区水围村龙景楼一楼", "深圳市福田区香梅路2002-4号"]}""";
        var exact = Docx("exact.docx", "深圳市福田区正义街1号", "福田区水围村龙景楼一楼 深圳市福田区香梅路2002-4号");
        var close = Docx("close.docx", "深圳市福田区正义街1号", "福田区水围村龙景楼", "深圳市福田区香梅路2002-4号");
        var two = Docx("two.docx", "深圳市福田区正义街1号", "福田区水围村龙景楼一楼");

        Assert.Equal(1.0, Score(metric, exact, rules), 9);
        Assert.InRange(Score(metric, close, rules), 0.9, 0.99);
        Assert.Equal(0.0, Score(metric, two, rules));
        Assert.Equal(0.0, Metric.Score(metric, (System.Text.Json.Nodes.JsonNode?)null, System.Text.Json.Nodes.JsonNode.Parse(rules)));
    }

    [Fact]
    public void A_file_that_is_not_a_word_document_is_an_error_naming_the_metric()
    {
        var notes = Path.Combine(folder, "notes.docx");
        File.WriteAllText(notes, "plain text");
        var error = Assert.Throws<DocumentReadException>(() => Score(new FuzzyPlaceMathMetric(), notes, """{"expected": ["a"]}"""));
        Assert.Contains("fuzzy_place_math", error.Message, StringComparison.Ordinal);
        Assert.Contains(notes, error.Message, StringComparison.Ordinal);
    }

    private static double Score(IMetric metric, string path, string rulesJson) =>
        Metric.Score(metric, System.Text.Json.Nodes.JsonValue.Create(path), System.Text.Json.Nodes.JsonNode.Parse(rulesJson));

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

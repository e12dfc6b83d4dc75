using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Html;

public sealed class CompareHtmlsMetricTests : IDisposable
{
    // The shape of LibreOffice Calc's HTML export, which OSWorld's task compares with ignore_sdnum.
    private const string Table = """
        <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
        <html>
        <head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title>Survey</title></head>
        <body>
        <!-- exported -->
        <table cellspacing="0" border="0" class="data  grid">
          <tr><td height="17" align="left">Year</td><td align="right" sdval="2021" sdnum="1033;">2021</td></tr>
          <tr><td height="17" align="left">Value</td><td align="right" sdval="42" sdnum="1033;">42</td></tr>
        </table>
        </body>
        </html>
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("deskbench-html-").FullName;

    private string Write(string name, string html)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, html);
        return path;
    }

    [Fact]
    public void Identical_documents_score_1()
    {
        var gold = Write("gold.html", Table);
        var result = Write("result.html", Table.Replace("class=\"data  grid\"", "class=\"data grid\"", StringComparison.Ordinal));
        Assert.Equal(1.0, Metric.Score(new CompareHtmlsMetric(), result, gold, """{"ignore_sdnum": true}"""));
        Assert.Equal(1.0, Metric.Score(new CompareHtmlsMetric(), result, gold));
    }

    [Fact]
    public void A_changed_cell_text_scores_0()
    {
        var gold = Write("gold.html", Table);
        var result = Write("result.html", Table.Replace(">42<", ">43<", StringComparison.Ordinal));
        Assert.Equal(0.0, Metric.Score(new CompareHtmlsMetric(), result, gold, """{"ignore_sdnum": true}"""));
    }

    [Fact]
    public void A_different_sdnum_counts_only_without_ignore_sdnum()
    {
        var gold = Write("gold.html", Table);
        var result = Write("result.html", Table.Replace("sdnum=\"1033;\">42", "sdnum=\"1033;0;0.00\">42", StringComparison.Ordinal));
        Assert.Equal(0.0, Metric.Score(new CompareHtmlsMetric(), result, gold));
        Assert.Equal(1.0, Metric.Score(new CompareHtmlsMetric(), result, gold, """{"ignore_sdnum": true}"""));
    }

    [Fact]
    public void Another_attribute_difference_scores_0_even_with_ignore_sdnum()
    {
        var gold = Write("gold.html", Table);
        var result = Write("result.html", Table.Replace("sdval=\"42\"", "sdval=\"41\"", StringComparison.Ordinal));
        Assert.Equal(0.0, Metric.Score(new CompareHtmlsMetric(), result, gold, """{"ignore_sdnum": true}"""));
    }

    [Fact]
    public void A_changed_element_name_or_comment_scores_0()
    {
        var gold = Write("gold.html", Table);
        var renamed = Write("renamed.html", Table.Replace("<title>Survey</title>", "<style>Survey</style>", StringComparison.Ordinal));
        var commented = Write("commented.html", Table.Replace("<!-- exported -->", "<!-- edited -->", StringComparison.Ordinal));
        Assert.Equal(0.0, Metric.Score(new CompareHtmlsMetric(), renamed, gold));
        Assert.Equal(0.0, Metric.Score(new CompareHtmlsMetric(), commented, gold));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

using System.Text.Json.Nodes;
using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;
using static Deskbench.Evaluators.Tests.Support.Metric;

namespace Deskbench.Evaluators.Tests.Observations;

public sealed class CheckAccessibilityTreeMetricTests
{
    private const string Namespaces =
        "xmlns:st=\"https://accessibility.ubuntu.example.org/ns/state\" " +
        "xmlns:attr=\"https://accessibility.ubuntu.example.org/ns/attributes\" " +
        "xmlns:cp=\"https://accessibility.ubuntu.example.org/ns/component\"";

    /// <summary>A Thunderbird compose window and profile tab, in OSWorld's tree format.</summary>
    private static string Thunderbird(params string[] recipients) =>
        "<desktop-frame " + Namespaces + " name=\"main\">" +
        "<application name=\"Thunderbird\">" +
        "<frame name=\"Write: (no subject) - Thunderbird\" st:showing=\"true\">" +
        "<page-tab-list attr:id=\"tabmail-tabs\"><page-tab name=\"Inbox\"/><page-tab name=\"About Profiles\" st:selected=\"true\"/></page-tab-list>" +
        "<tool-bar attr:id=\"MsgHeadersToolbar\"><label name=\"From\"/><label name=\"To\"/>" +
        string.Concat(recipients.Select(r =>
            $"<section attr:class=\"address-pill\"><label attr:class=\"pill-label\" name=\"{r} &lt;{r}&gt;\">{r}</label></section>")) +
        "</tool-bar>" +
        "<entry name=\"Subject\" st:editable=\"true\">Weekly report</entry>" +
        "<label name=\"Account\">anonym-x2024@outlook.com</label>" +
        "</frame></application></desktop-frame>";

    private static readonly string[] Recipients =
        ["fox@someuniversity.edu", "iron@someuniversity.edu", "nancy@someuniversity.edu", "stella@someuniversity.edu"];

    private readonly CheckAccessibilityTreeMetric _metric = new();

    [Fact]
    public async Task Osworld_thunderbird_recipient_rules_pass_only_with_every_recipient()
    {
        var rules = ExpectedRules("multi_apps/f5c13cdd");

        Assert.Equal(1.0, await ScoreAsync(_metric, Metric.Text(Thunderbird(Recipients)), rules));
        Assert.Equal(0.0, await ScoreAsync(_metric, Metric.Text(Thunderbird(Recipients[..3])), rules));
    }

    [Fact]
    public async Task Osworld_profile_tab_and_xpath_rules_match_real_task_files()
    {
        Assert.Equal(1.0, await ScoreAsync(_metric, Metric.Text(Thunderbird()), ExpectedRules("thunderbird/7b1e1ff9")));
        var xpathRules = ExpectedRules("thunderbird/15c3b339");
        Assert.Equal(0.0, await ScoreAsync(_metric, Metric.Text(Thunderbird()), xpathRules));
        var withPassword = Thunderbird().Replace("<entry name=\"Subject\"", "<label name=\"Password\"/><entry name=\"Subject\"", StringComparison.Ordinal);
        Assert.Equal(1.0, await ScoreAsync(_metric, Metric.Text(withPassword), xpathRules));
    }

    [Fact]
    public async Task Text_rules_compare_exactly_or_fuzzily_and_scores_multiply()
    {
        var tree = Metric.Text(Thunderbird());

        Assert.Equal(1.0, await ScoreJsonAsync(_metric, tree.ToJsonString(), """[{"selectors": ["entry[name=Subject]"], "text": "Weekly report"}]"""));
        Assert.Equal(0.0, await ScoreJsonAsync(_metric, tree.ToJsonString(), """[{"selectors": ["entry[name=Subject]"], "text": "Weekly reports"}]"""));
        var fuzzy = await ScoreJsonAsync(_metric, tree.ToJsonString(), """[{"xpath": "//entry[@name='Subject']", "text": "Weekly reports", "exact": false}]""");
        Assert.Equal(2.0 * 13 / 27, fuzzy, 1e-9);
        var product = await ScoreJsonAsync(_metric, tree.ToJsonString(),
            """[{"xpath": "//entry", "text": "Weekly reports", "exact": false}, {"xpath": "//label[@name='Account']", "text": "anonym-x2024@outlook.co", "exact": false}]""");
        Assert.Equal(fuzzy * (2.0 * 23 / 47), product, 1e-9);
    }

    [Fact]
    public async Task Missing_elements_and_missing_trees_score_zero()
    {
        Assert.Equal(0.0, await ScoreJsonAsync(_metric, Metric.Text(Thunderbird()).ToJsonString(), """[{"selectors": ["push-button[name=Send]"]}]"""));
        Assert.Equal(0.0, await ScoreJsonAsync(_metric, "null", """[{"selectors": ["entry"]}]"""));
        Assert.Equal(0.0, await ScoreJsonAsync(_metric, "\"<desktop-frame>\"", """[{"selectors": ["entry"]}]"""));
    }

    [Fact]
    public async Task Namespaces_follow_osname_and_a_rule_needs_a_selector()
    {
        const string windowsTree = "<desktop xmlns:st=\"https://accessibility.windows.example.org/ns/state\"><button name=\"OK\" st:enabled=\"true\"/></desktop>";
        var rules = """[{"xpath": "//button[@st:enabled='true']"}]""";

        Assert.Equal(1.0, await ScoreAsync(_metric, Metric.Text(windowsTree), Json(rules), """{"osname": "windows"}"""));
        Assert.Equal(0.0, await ScoreAsync(_metric, Metric.Text(windowsTree), Json(rules)));
        await Assert.ThrowsAsync<MetricArgumentException>(() => ScoreJsonAsync(_metric, Metric.Text(windowsTree).ToJsonString(), """[{"text": "OK"}]"""));
    }

    private static JsonNode ExpectedRules(string task)
    {
        var document = JsonNode.Parse(File.ReadAllText(SuiteFiles.OsWorldTask(task)))!;
        Assert.Equal("check_accessibility_tree", (string?)document["evaluator"]!["func"]);
        return document["evaluator"]!["expected"]!["rules"]!.DeepClone();
    }
}

using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class CheckJsonMetricTests : IDisposable
{
    private readonly CheckJsonMetric metric = new();
    private readonly TempDirectory files = new();

    private const string ManifestRules = """
        {"expect": [
          {"key": ["name"], "method": "eq", "ref": "happy-extension"},
          {"key": ["background", "scripts"], "method": "eq", "ref": ["background_script.js"]},
          {"key": ["version"], "method": "re", "ref": "^0\\.0\\.\\d$"}
        ]}
        """;

    [Fact]
    public async Task Matching_json_file_scores_1()
    {
        var path = files.Write("manifest.json", """{"name": "happy-extension", "version": "0.0.1", "background": {"scripts": ["background_script.js"]}}""");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(path), Metric.Json(ManifestRules)));
    }

    [Fact]
    public async Task A_wrong_value_or_missing_key_scores_0()
    {
        var wrong = files.Write("wrong.json", """{"name": "happy-extension", "version": "0.1.0", "background": {"scripts": ["background_script.js"]}}""");
        var missing = files.Write("missing.json", """{"name": "happy-extension", "version": "0.0.1"}""");
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(wrong), Metric.Json(ManifestRules)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(missing), Metric.Json(ManifestRules)));
    }

    [Fact]
    public async Task Yaml_files_are_read_with_is_yaml()
    {
        // OSWorld task multi_apps/e2392362 (a Jekyll _config.yml).
        var rules = Metric.Json("""
            {"expect": [{"key": ["name"], "method": "eq", "ref": "Test Account"},
                        {"key": ["author", "email"], "method": "eq", "ref": "Test@gmail.com"}]}
            """);
        var good = files.Write("_config.yml", "name: Test Account\nauthor:\n  name: Test Account\n  email: Test@gmail.com\n");
        var bad = files.Write("bad.yml", "name: Your Name\nauthor:\n  email: none@example.com\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(good), rules, """{"is_yaml": true}"""));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(bad), rules, """{"is_yaml": true}"""));
    }

    [Fact]
    public async Task Unexpect_treats_a_missing_key_as_None()
    {
        var path = files.Write("prefs.json", """{"a": {"b": 1}}""");
        var absentIsFine = Metric.Json("""{"unexpect": [{"key": ["a", "c"], "method": "eq", "ref": 1}]}""");
        var presentFails = Metric.Json("""{"unexpect": [{"key": ["a", "b"], "method": "eq", "ref": 1}]}""");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(path), absentIsFine));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(path), presentFails));
    }

    [Fact]
    public async Task Re_method_with_flags_and_approx_and_range_methods()
    {
        var path = files.Write("x.json", """{"mode": "Smart folders", "n": "2.04", "k": 5}""");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(path), Metric.Json(
            """{"expect": [{"key": ["mode"], "method": "re.I", "ref": "\\bSMART\\b"}]}""")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(path), Metric.Json(
            """{"expect": [{"key": ["n"], "method": "approx:0.1", "ref": 2}]}""")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(path), Metric.Json(
            """{"expect": [{"key": ["k"], "method": "range.te", "ref": [4, 5]}]}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(path), Metric.Json(
            """{"expect": [{"key": ["k"], "method": "range.tt", "ref": [4, 5]}]}""")));
    }

    [Fact]
    public async Task None_missing_or_invalid_files_score_0()
    {
        var rules = Metric.Json("""{"expect": [{"key": ["a"], "method": "eq", "ref": 1}]}""");
        var invalid = files.Write("invalid.json", "{not json");
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, rules));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(files.Combine("absent.json")), rules));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(invalid), rules));
    }

    public void Dispose() => files.Dispose();
}

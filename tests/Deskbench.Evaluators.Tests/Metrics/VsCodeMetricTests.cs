using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

/// <summary>The vscode.py metrics that read files or strings: each with a passing and a failing case on real files.</summary>
public sealed class VsCodeMetricTests : IDisposable
{
    private readonly TempDirectory files = new();

    [Fact]
    public async Task Check_json_settings_needs_every_expected_pair()
    {
        var settings = files.Write("settings.json", """{"editor.fontSize": 14, "files.autoSave": "afterDelay"}""");
        var metric = new CheckJsonSettingsMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(settings), Metric.Json("""{"expected": {"editor.fontSize": 14}}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(settings), Metric.Json("""{"expected": {"editor.fontSize": 16}}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(files.Combine("missing.json")), Metric.Json("""{"expected": {}}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(files.Write("bad.json", "{")), Metric.Json("""{"expected": {}}""")));
    }

    [Fact]
    public async Task Check_json_keybindings_skips_a_comment_line_and_finds_the_binding()
    {
        var bindings = files.Write("keybindings.json", "// Place your key bindings in this file\n[{\"key\": \"ctrl+j\", \"command\": \"a\"}]\n");
        var metric = new CheckJsonKeybindingsMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(bindings), Metric.Json("""{"expected": {"command": "a", "key": "ctrl+j"}}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(bindings), Metric.Json("""{"expected": {"key": "ctrl+k", "command": "a"}}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(files.Write("obj.json", "{}")), Metric.Json("""{"expected": {}}""")));
    }

    [Fact]
    public async Task Is_extension_installed_checks_contain_and_not_contain()
    {
        var metric = new IsExtensionInstalledMetric();
        var output = Metric.Text("ms-python.python\nms-toolsai.jupyter\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, output, Metric.Json("""{"type": "contain", "expected": "ms-python.python"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, output, Metric.Json("""{"type": "not_contain", "expected": "ms-python.python"}""")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, output, Metric.Json("""{"type": "not_contain", "expected": "vim"}""")));
        await Assert.ThrowsAsync<NotSupportedException>(async () =>
            await Metric.ScoreAsync(metric, output, Metric.Json("""{"type": "equal", "expected": "x"}""")));
    }

    [Fact]
    public async Task Compare_answer_is_equality_and_falsy_results_score_0()
    {
        var metric = new CompareAnswerMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text("42"), Metric.Json("""{"expected": "42"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text("42 "), Metric.Json("""{"expected": "42"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(""), Metric.Json("""{"expected": ""}""")));
    }

    [Fact]
    public async Task Compare_result_files_accepts_contained_or_close_numbers_and_equal_texts()
    {
        var metric = new CompareResultFilesMetric();
        var gold = files.Write("gold.txt", "3.14159\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(files.Write("a.txt", "The answer is 3.14159")), Metric.Text(gold)));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(files.Write("b.txt", "3.141594")), Metric.Text(gold)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(files.Write("c.txt", "3.15")), Metric.Text(gold)));
        var words = files.Write("words.txt", "hello\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(files.Write("d.txt", " hello")), Metric.Text(words)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(files.Write("e.txt", "hello world")), Metric.Text(words)));
    }

    [Fact]
    public async Task Compare_config_uses_json_subset_or_text_containment_by_default_and_equality_when_strict()
    {
        var metric = new CompareConfigMetric();
        var config = files.Write("config.json", """{"a": {"b": 1, "c": 2}, "d": [1, 2]}""");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(config), Metric.Json("""{"expected": "{\"a\": {\"b\": 1}}"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(config), Metric.Json("""{"expected": "{\"d\": [1]}"}""")));
        var project = files.Write("OpenProject.txt", "project\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(project), Metric.Json("""{"expected": "project"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(project), Metric.Json("""{"expected": "project"}"""), """{"containment_ok": false}"""));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(project), Metric.Json("""{"expected": "project\n"}"""), """{"containment_ok": false}"""));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(project), Metric.Json("""{"expected": ""}""")));
    }

    public void Dispose() => files.Dispose();
}

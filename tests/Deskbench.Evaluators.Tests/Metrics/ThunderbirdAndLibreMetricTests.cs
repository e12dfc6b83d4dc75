using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

/// <summary>thunderbird.py prefs/filter metrics and libreoffice.py check_libre_locale on real files.</summary>
public sealed class ThunderbirdAndLibreMetricTests : IDisposable
{
    private readonly TempDirectory files = new();

    [Fact]
    public async Task Thunderbird_prefs_match_expect_rules_and_reject_unexpect_rules()
    {
        var prefs = files.Write("prefs.js", "// Mozilla User Preferences\nuser_pref(\"mail.spellcheck.inline\", false);\nuser_pref(\"mailnews.display.html_as\", 1);\n");
        var metric = new CheckThunderbirdPrefsMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(prefs), Metric.Json(
            """{"expect": {"mail.spellcheck.inline": {"method": "eq", "ref": false}}, "unexpect": {"mailnews.display.html_as": {"method": "eq", "ref": 0}}}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(prefs), Metric.Json(
            """{"expect": {"mail.spellcheck.inline": {"method": "eq", "ref": true}}}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(prefs), Metric.Json(
            """{"expect": {"never.set": {"method": "eq", "ref": 1}}}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Json("{}")));
    }

    [Fact]
    public async Task Thunderbird_filter_needs_a_matching_filter_record()
    {
        var rules = files.Write("msgFilterRules.dat",
            "version=\"9\"\nlogging=\"no\"\nname=\"Move Discount\"\nenabled=\"yes\"\ntype=\"17\"\naction=\"Move to folder\"\n" +
            "actionValue=\"mailbox://nobody@Local%20Folders/Promotions\"\ncondition=\"AND (subject,contains,discount)\"\n");
        var metric = new CheckThunderbirdFilterMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(rules), Metric.Json(
            """{"expect": [{"enabled": "yes", "action": "Move to folder", "condition": ["AND (subject,contains,discount)"]}]}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(rules), Metric.Json(
            """{"expect": [{"condition": ["AND (subject,contains,sale)"]}]}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(rules), Metric.Json(
            """{"expect": [], "unexpect": [{"name": "Move Discount"}]}""")));
    }

    [Fact]
    public async Task Libre_locale_matches_the_setup_locale_against_glob_patterns()
    {
        var xcu = files.Write("registrymodifications.xcu",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
            <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
            <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>de-DE</value></prop></item>
            </oor:items>
            """.TrimStart());
        var metric = new CheckLibreLocaleMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(xcu), Metric.Json("""{"locale_set": ["fr-*", "de-*"]}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(xcu), Metric.Json("""{"locale_set": ["en-*", "de-D"]}""")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(xcu), Metric.Json("""{"locale_set": ["[cd]e-??"]}""")));
    }

    [Fact]
    public async Task Thunderbird_folder_compares_the_files_as_OSWorld_splits_them()
    {
        // OSWorld keeps only blank pieces between "FROM - " separators, so two mbox files that both start with "FROM - "
        // compare equal and one that does not differs.
        var gold = files.Write("gold/Inbox", "FROM - Mon Jan 1\nSubject: a\n\nFROM - Tue Jan 2\nSubject: b\n");
        var same = files.Write("same/Inbox", "FROM - Wed Jan 3\nSubject: c\n");
        var other = files.Write("other/Inbox", "From: x\nSubject: a\n");
        var metric = new CheckThunderbirdFolderMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(same), Metric.Text(gold)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(other), Metric.Text(gold)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Json($"[null]"), Metric.Json($"[\"{gold}\"]")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Json($"[\"{same}\"]"), Metric.Json($"[\"{gold}\"]")));
    }

    public void Dispose() => files.Dispose();
}

using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class FuzzyMatchMetricTests
{
    private readonly FuzzyMatchMetric metric = new();

    [Fact]
    public async Task Identical_strings_score_1()
    {
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "\"this is a test\"", """{"expected": "this is a test"}"""));
    }

    [Fact]
    public async Task One_extra_character_scores_rapidfuzz_ratio()
    {
        // rapidfuzz: fuzz.ratio("this is a test", "this is a test!") == 96.55172413793103
        var score = await Metric.ScoreJsonAsync(metric, "\"this is a test\"", """{"expected": "this is a test!"}""");
        Assert.Equal(0.9655172413793103, score, 12);
    }

    [Fact]
    public async Task Indel_distance_counts_a_substitution_twice()
    {
        // LCS("abcd", "abed") = 3, so ratio = 1 - 2/8 = 0.75 (Levenshtein would give 0.75 only by chance of normalisation).
        Assert.Equal(0.75, await Metric.ScoreJsonAsync(metric, "\"abcd\"", """{"expected": "abed"}"""), 12);
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "\"abc\"", """{"expected": "xyz"}"""));
    }

    [Fact]
    public async Task Code_points_not_utf16_units_are_compared()
    {
        // U+1F600 vs U+1F601 share their UTF-16 high surrogate: by code points they have nothing in common.
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "\"\\ud83d\\ude00\"", """{"expected": "\ud83d\ude01"}"""));
    }

    [Fact]
    public async Task None_scores_0_and_two_empty_strings_score_1()
    {
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "null", """{"expected": "x"}"""));
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "\"\"", """{"expected": ""}"""));
    }
}

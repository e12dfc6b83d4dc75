using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Imaging;

public sealed class ImageMetricsTests(ImageFixture images) : IClassFixture<ImageFixture>
{
    private double Score(IMetric metric, string result, string expected, string options = "{}")
    {
        images.Require();
        return Metric.Score(metric, images.PathOf(result), images.PathOf(expected), options);
    }

    [Fact]
    public void Ssim_of_an_image_with_itself_is_one_and_drops_for_a_changed_image()
    {
        Assert.Equal(1.0, Score(new CompareImagesMetric(), "copy.png", "picture.png"), 10);
        Assert.InRange(Score(new CompareImagesMetric(), "mirrored.png", "picture.png"), 0.0, 0.9);
        Assert.InRange(Score(new CompareImagesMetric(), "picture.jpg", "picture.png"), 0.9, 0.9999);
    }

    [Fact]
    public void Ssim_matches_skimage_on_known_pairs()
    {
        // Reference values from scikit-image 0.19.3 (Debian python3-skimage): structural_similarity(a, b) on uint8 arrays.
        var first = Enumerable.Range(0, 64).Select(i => (byte)(i * 3)).ToArray();
        var second = Enumerable.Range(0, 64).Select(i => (byte)((i * 3) + 10)).ToArray();
        Assert.Equal(0.9947364296588972, StructuralSimilarity.Compute(first, second, 8, 8), 12);
        Assert.Equal(1.0, StructuralSimilarity.Compute(first, first, 8, 8), 12);
        Assert.Equal(0.9648693357746803, StructuralSimilarity.Compute(RandomA, RandomB, 10, 12), 12);
    }

    [Fact]
    public void Gimp_checks_see_mirroring_size_and_brightness()
    {
        Assert.Equal(1.0, Score(Named("check_image_mirror"), "mirrored.png", "picture.png"));
        Assert.Equal(0.0, Score(Named("check_image_mirror"), "copy.png", "picture.png"));
        Assert.Equal(1.0, Single("check_image_size", "small.png", """{"width": 48, "height": 32}"""));
        Assert.Equal(0.0, Single("check_image_size", "picture.png", """{"width": 48, "height": 32}"""));
        Assert.Equal(1.0, Single("check_image_size", "picture.png", """{"height": 64}"""));
        Assert.Equal(1.0, Score(Named("decrease_brightness"), "picture.png", "darker.png"));
        Assert.Equal(0.0, Score(Named("decrease_brightness"), "darker.png", "picture.png"));
        Assert.Equal(1.0, Score(Named("check_file_exists_and_structure_sim"), "copy.png", "picture.png"));
        Assert.Equal(0.0, Score(Named("check_file_exists_and_structure_sim"), "absent.png", "picture.png"));
    }

    [Fact]
    public void Palette_and_saturation_checks()
    {
        Assert.Equal(1.0, Score(Named("check_palette_and_structure_sim"), "palette.png", "picture.png"));
        Assert.Equal(0.0, Score(Named("check_palette_and_structure_sim"), "copy.png", "picture.png"));
        Assert.Equal(1.0, Score(Named("check_saturation_increase_and_structure_sim"), "saturated.png", "picture.png"));
        Assert.Equal(0.0, Score(Named("check_saturation_increase_and_structure_sim"), "picture.png", "saturated.png"));
    }

    private static IMetric Named(string name) => DocumentMetrics.All.Single(m => m.Name == name);

    private double Single(string metric, string file, string rules)
    {
        images.Require();
        var call = MetricCall.Of(System.Text.Json.Nodes.JsonValue.Create(images.PathOf(file)), System.Text.Json.Nodes.JsonNode.Parse(rules));
        return Named(metric).EvaluateAsync(call, TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();
    }

    private static readonly byte[] RandomA = [106, 152, 249, 131, 184, 200, 0, 21, 253, 147, 202, 107, 249, 169, 138, 149, 119, 166, 224, 148, 172, 93, 167, 142, 248, 26, 81, 218, 150, 66, 2, 191, 60, 129, 179, 90, 69, 104, 110, 97, 157, 106, 152, 251, 62, 7, 248, 171, 33, 123, 79, 176, 37, 20, 94, 49, 149, 127, 206, 244, 28, 119, 54, 0, 192, 233, 18, 116, 191, 165, 184, 184, 199, 165, 253, 174, 33, 113, 1, 85, 117, 119, 202, 235, 124, 228, 99, 219, 144, 255, 80, 160, 144, 242, 18, 75, 183, 96, 223, 141, 165, 158, 48, 189, 33, 52, 241, 252, 242, 2, 156, 36, 90, 232, 172, 176, 59, 202, 182, 240];

    private static readonly byte[] RandomB = [87, 168, 248, 120, 176, 208, 0, 14, 255, 162, 173, 77, 255, 197, 142, 153, 98, 142, 223, 158, 197, 88, 172, 154, 209, 4, 104, 180, 130, 88, 0, 158, 77, 132, 171, 110, 45, 91, 123, 65, 137, 74, 136, 255, 98, 0, 217, 157, 43, 143, 44, 145, 29, 0, 98, 80, 145, 129, 238, 230, 12, 99, 76, 4, 182, 210, 10, 129, 190, 185, 176, 177, 210, 204, 224, 151, 44, 144, 0, 113, 140, 120, 175, 255, 144, 235, 95, 234, 160, 255, 52, 148, 114, 213, 13, 84, 215, 90, 194, 160, 129, 118, 64, 194, 64, 33, 235, 241, 244, 0, 146, 72, 125, 231, 189, 185, 63, 183, 183, 255];

    [Fact]
    public void Compare_images_rescales_against_a_base_score()
    {
        Assert.Equal(1.0, Score(new CompareImagesMetric(), "copy.png", "picture.png", """{"reference_base_result": 0.5}"""), 10);
        Assert.Equal(0.0, Score(new CompareImagesMetric(), "mirrored.png", "picture.png", """{"reference_base_result": 0.95}"""));
    }

    [Fact]
    public void Compare_images_resizes_to_the_smaller_image()
    {
        Assert.InRange(Score(new CompareImagesMetric(), "small.png", "picture.png"), 0.7, 1.0);
    }

    [Fact]
    public void Check_structure_sim_passes_the_same_structure_and_fails_a_mirror_or_other_size()
    {
        var metric = new CheckStructureSimMetric();
        Assert.Equal(1.0, Score(metric, "copy.png", "picture.png"));
        Assert.Equal(1.0, Score(metric, "darker.png", "picture.png"));
        Assert.Equal(0.0, Score(metric, "mirrored.png", "picture.png"));
        Assert.Equal(0.0, Score(metric, "small.png", "picture.png"));
        Assert.Equal(0.0, Score(metric, "truncated.png", "picture.png"));
    }

    [Fact]
    public void Structure_sim_with_threshold_resizes_and_honours_the_threshold()
    {
        var metric = new CheckStructureSimWithThresholdMetric();
        Assert.Equal(1.0, Score(metric, "small.png", "picture.png"));
        Assert.Equal(0.0, Score(metric, "mirrored.png", "picture.png"));
        Assert.Equal(0.0, Score(metric, "small.png", "picture.png", """{"ssim_threshold": 0.9999}"""));
    }

    [Fact]
    public void Brightness_decrease_needs_a_darker_image_of_the_same_structure()
    {
        var metric = new CheckBrightnessDecreaseAndStructureSimMetric();
        Assert.Equal(1.0, Score(metric, "darker.png", "picture.png"));
        Assert.Equal(0.0, Score(metric, "brighter.png", "picture.png"));
        Assert.Equal(0.0, Score(metric, "copy.png", "picture.png"));
    }

    [Fact]
    public void Compare_image_list_needs_identical_pixels()
    {
        var metric = new CompareImageListMetric();
        Assert.Equal(1.0, Score(metric, "copy.png", "picture.png"));
        Assert.Equal(0.0, Score(metric, "darker.png", "picture.png"));
    }

    [Theory]
    [InlineData("truncated.png")]
    [InlineData("notes.png")]
    public void An_unreadable_image_is_an_error_naming_the_file_and_metric(string file)
    {
        var error = Assert.Throws<DocumentReadException>(() => Score(new CompareImagesMetric(), "picture.png", file));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("compare_images", error.Message, StringComparison.Ordinal);
    }
}

using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>The image checks of OSWorld's gimp.py beyond SSIM structure and brightness (see the other image metrics).</summary>
public static class GimpMetrics
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        // check_image_size(src, {height?, width?, ignore_transparent?}): the size (of the non-transparent content when
        // ignore_transparent and the image has alpha) equals the given dimensions.
        new PathMetric("check_image_size", true, (path, call) =>
        {
            var image = RasterImage.Load("check_image_size", path);
            var (width, height) = (image.Width, image.Height);
            if (PythonValues.IsTruthy(PythonIndexing.Get(call.Expected, "ignore_transparent")) && image.HasAlpha)
            {
                var box = image.AlphaBoundingBox();
                (width, height) = box is { } b ? (b.Right - b.Left, b.Bottom - b.Top) : (0, 0);
            }

            var expectedHeight = PythonIndexing.Get(call.Expected, "height");
            var expectedWidth = PythonIndexing.Get(call.Expected, "width");
            var heightSame = expectedHeight is null || PythonEquality.AreEqual(height, expectedHeight);
            var widthSame = expectedWidth is null || PythonEquality.AreEqual(width, expectedWidth);
            return heightSame && widthSame ? 1 : 0;
        }),

        // check_image_mirror(src, tgt): the source flipped left-right has SSIM ≥ 0.99 with the target.
        new PathMetric("check_image_mirror", true, (path, call) =>
        {
            var target = PythonValues.AsString(call.Expected);
            if (target is null)
            {
                return 0;
            }

            var flipped = RasterImage.Load("check_image_mirror", path).FlipHorizontally();
            return ImageMetricsSupport.StructureSameBySsim(flipped, RasterImage.Load("check_image_mirror", target), 0.99) ? 1 : 0;
        }),

        // check_image_file_size(src, {max_size}): the file is smaller than max_size bytes.
        new PathMetric("check_image_file_size", true, (path, call) =>
            new FileInfo(path).Length < PythonValues.GetFloat(PythonIndexing.GetItem(call.Expected, "max_size")) ? 1 : 0),

        // check_textbox_on_leftside(src): the leftmost dark (gray < 128) pixel lies in the left 5% of the width.
        new PathMetric("check_textbox_on_leftside", false, (path, _) =>
        {
            var image = RasterImage.Load("check_textbox_on_leftside", path);
            var gray = image.ToGray();
            var leftMost = image.Width;
            for (var y = 0; y < image.Height; y++)
            {
                for (var x = 0; x < image.Width; x++)
                {
                    if (gray[(y * image.Width) + x] < 128)
                    {
                        leftMost = Math.Min(leftMost, x);
                        break;
                    }
                }
            }

            return leftMost < image.Width * 0.05 ? 1 : 0;
        }),

        // check_file_exists_and_structure_sim(src, tgt): the exported file exists and has SSIM ≥ 0.9 with the target.
        new PathMetric("check_file_exists_and_structure_sim", true, (path, call) =>
        {
            var target = PythonValues.AsString(call.Expected);
            if (target is null || !File.Exists(path))
            {
                return 0;
            }

            return ImageMetricsSupport.StructureSameBySsim(RasterImage.Load("check_file_exists_and_structure_sim", path), RasterImage.Load("check_file_exists_and_structure_sim", target)) ? 1 : 0;
        }),

        // check_contrast_increase_and_structure_sim(src, tgt): the source's pixel standard deviation is higher and SSIM ≥ 0.65.
        new PathMetric("check_contrast_increase_and_structure_sim", true, (path, call) =>
        {
            var target = PythonValues.AsString(call.Expected);
            if (target is null)
            {
                return 0;
            }

            var source = RasterImage.Load("check_contrast_increase_and_structure_sim", path);
            var other = RasterImage.Load("check_contrast_increase_and_structure_sim", target);
            return Contrast(other) < Contrast(source) && ImageMetricsSupport.StructureSameBySsim(source, other, 0.65) ? 1 : 0;
        }),

        // check_structure_sim_resized(src, tgt): the source (cropped to its non-transparent content) resized to the
        // target's size has SSIM ≥ 0.9 with it.
        new PathMetric("check_structure_sim_resized", true, (path, call) =>
        {
            var target = PythonValues.AsString(call.Expected);
            if (target is null)
            {
                return 0;
            }

            var source = RasterImage.Load("check_structure_sim_resized", path);
            var other = RasterImage.Load("check_structure_sim_resized", target);
            if (source.HasAlpha)
            {
                if (source.AlphaBoundingBox() is not { } box)
                {
                    return 0;
                }

                source = source.Crop(box.Left, box.Top, box.Right, box.Bottom);
            }

            return ImageMetricsSupport.StructureSameBySsim(source.Resize(other.Width, other.Height), other) ? 1 : 0;
        }),

        // decrease_brightness(img1, img2): the first image is brighter than the second.
        new PathMetric("decrease_brightness", true, (path, call) =>
            ImageMetricsSupport.Brightness(RasterImage.Load("decrease_brightness", path))
            > ImageMetricsSupport.Brightness(RasterImage.Load("decrease_brightness", PythonIndexing.AsPath(call.Expected))) ? 1 : 0),
    ];

    /// <summary>numpy's std over every value of the image array (RGB, or RGBA when the image has alpha).</summary>
    private static double Contrast(RasterImage image)
    {
        var channels = image.HasAlpha ? 4 : 3;
        var values = image.Rgba.Where((_, i) => i % 4 < channels).Select(v => (double)v).ToList();
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }
}

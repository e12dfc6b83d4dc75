using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>gimp.py's palette, saturation, background and triangle checks.</summary>
public static class MoreGimpMetrics
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        // check_palette_and_structure_sim(src, tgt): the source is a palette image (mode "P") and SSIM ≥ 0.9 with the target.
        new PathMetric("check_palette_and_structure_sim", true, (path, call) =>
        {
            var target = PythonValues.AsString(call.Expected);
            if (target is null || !File.Exists(path) || !File.Exists(target))
            {
                return 0;
            }

            try
            {
                var palette = ImageFormats.IsPaletteBased(path);
                var same = ImageMetricsSupport.StructureSameBySsim(RasterImage.Load("check_palette_and_structure_sim", path), RasterImage.Load("check_palette_and_structure_sim", target));
                return palette && same ? 1 : 0;
            }
            catch (DocumentReadException)
            {
                return 0; // OSWorld's safe_open_image_with_retry gives up and scores 0
            }
        }),

        // check_saturation_increase_and_structure_sim(src, tgt): the source's mean HSV saturation is higher, and the H and
        // V planes each have SSIM ≥ 0.9 with the target's.
        new PathMetric("check_saturation_increase_and_structure_sim", true, (path, call) =>
        {
            var target = PythonValues.AsString(call.Expected);
            if (target is null)
            {
                return 0;
            }

            var source = RasterImage.Load("check_saturation_increase_and_structure_sim", path);
            var other = RasterImage.Load("check_saturation_increase_and_structure_sim", target);
            var (h1, s1, v1) = PilHsv.Convert(source);
            var (h2, s2, v2) = PilHsv.Convert(other);
            var increased = s2.Average(x => (double)x) < s1.Average(x => (double)x);
            bool Same(byte[] a, byte[] b) => ImageMetricsSupport.StructureSameBySsim(
                PilHsv.GrayImage(a, source.Width, source.Height), PilHsv.GrayImage(b, other.Width, other.Height));
            return increased && Same(h1, h2) && Same(v1, v2) ? 1 : 0;
        }),

        // check_green_background(src, tgt): every non-black target pixel is green-dominant in the source. Quirk kept:
        // pixels are indexed [x, y] on row-major arrays, so x runs over rows (an error for wide images in OSWorld too).
        new PathMetric("check_green_background", true, (path, call) =>
        {
            var source = RasterImage.Load("check_green_background", path);
            var target = RasterImage.Load("check_green_background", PythonIndexing.AsPath(call.Expected));
            for (var x = 0; x < target.Width; x++)
            {
                for (var y = 0; y < target.Height; y++)
                {
                    if (x >= target.Height || y >= target.Width || x >= source.Height || y >= source.Width)
                    {
                        throw new IndexOutOfRangeException($"check_green_background: index {x} is out of bounds for axis 0 (numpy IndexError in OSWorld)");
                    }

                    var t = ((x * target.Width) + y) * 4;
                    if (target.Rgba[t] != 0 || target.Rgba[t + 1] != 0 || target.Rgba[t + 2] != 0)
                    {
                        var s = ((x * source.Width) + y) * 4;
                        int r = source.Rgba[s], g = source.Rgba[s + 1], b = source.Rgba[s + 2];
                        if (!(g > r && g > b))
                        {
                            return 0;
                        }
                    }
                }
            }

            return 1;
        }),

        // check_triangle_position(tgt): the centroid of the pixels of the second-rarest colour (quirk: OSWorld sorts the
        // colour counts ascending and takes index 1) lies within 5% of the image centre in both axes.
        new PathMetric("check_triangle_position", false, (path, _) =>
        {
            var image = RasterImage.Load("check_triangle_position", path);
            var channels = image.HasAlpha ? 4 : 3;
            var counts = new Dictionary<uint, int>();
            uint Key(int i) => (uint)(image.Rgba[i * 4] << 24 | image.Rgba[(i * 4) + 1] << 16 | image.Rgba[(i * 4) + 2] << 8 | (channels == 4 ? image.Rgba[(i * 4) + 3] : 0));
            var pixels = image.Width * image.Height;
            for (var i = 0; i < pixels; i++)
            {
                counts[Key(i)] = counts.GetValueOrDefault(Key(i)) + 1;
            }

            var ordered = counts.OrderBy(p => p.Value).ThenBy(p => p.Key).ToList();
            if (ordered.Count < 2)
            {
                throw new IndexOutOfRangeException("check_triangle_position: the image has a single colour (IndexError in OSWorld)");
            }

            var color = ordered[1].Key;
            double rows = 0, cols = 0;
            var n = 0;
            for (var i = 0; i < pixels; i++)
            {
                if (Key(i) == color)
                {
                    rows += i / image.Width;
                    cols += i % image.Width;
                    n++;
                }
            }

            var middle = Math.Abs((rows / n) - (image.Height / 2.0)) < 0.05 * image.Height
                && Math.Abs((cols / n) - (image.Width / 2.0)) < 0.05 * image.Width;
            return middle ? 1 : 0;
        }),
    ];
}

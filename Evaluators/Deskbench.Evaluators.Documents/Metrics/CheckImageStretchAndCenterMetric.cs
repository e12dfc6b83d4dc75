using Deskbench.Evaluators.Documents.Presentations;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>check_image_stretch_and_center(modified, original)</c> (slides.py): the first picture of the original's first slide,
/// found in the modified first slide by identical image bytes (the last match wins), must span the slide within half an
/// inch in width and height and be centred within half an inch. No picture or no match scores 0.
/// </summary>
public sealed class CheckImageStretchAndCenterMetric : IMetric
{
    private const long HalfInch = 457200;

    public string Name => "check_image_stretch_and_center";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var modifiedPath = PythonIndexing.AsPath(call.Result);
        var originalPath = PythonIndexing.AsPath(call.RequireExpected(Name));
        var original = PptxPresentation.Open(Name, originalPath);
        var modified = PptxPresentation.Open(Name, modifiedPath);
        if (original.Slides.Count == 0 || modified.Slides.Count == 0)
        {
            throw new DocumentReadException(Name, original.Slides.Count == 0 ? originalPath : modifiedPath, "the deck has no slides (IndexError in OSWorld)");
        }

        var image = original.Slides[0].Shapes.FirstOrDefault(s => s.ShapeType == 13);
        if (image?.ImageBlob is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var match = modified.Slides[0].Shapes.LastOrDefault(s => s.ShapeType == 13 && s.ImageBlob is not null && s.ImageBlob.AsSpan().SequenceEqual(image.ImageBlob));
        if (match is not { Width: { } width, Height: { } height, Left: { } left, Top: { } top })
        {
            return ValueTask.FromResult(0.0);
        }

        var stretched = Math.Abs(width - original.SlideWidth) <= HalfInch
            && Math.Abs(height - original.SlideHeight) <= HalfInch
            && Math.Abs(left - ((original.SlideWidth - width) / 2.0)) <= HalfInch
            && Math.Abs(top - ((original.SlideHeight - height) / 2.0)) <= HalfInch;
        return ValueTask.FromResult(stretched ? 1.0 : 0.0);
    }
}

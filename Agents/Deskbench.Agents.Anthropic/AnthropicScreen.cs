using Deskbench.Agents.Models;
using Deskbench.Core.Actions.Translation;

namespace Deskbench.Agents.Anthropic;

/// <summary>One step's screenshot: full resolution for zoom crops, downscaled (lazily, once) for the model.</summary>
internal sealed class AnthropicScreen(byte[] fullResolution, CoordinateScaling scaling)
{
    private byte[]? _modelImage;

    public byte[] ModelImage => _modelImage ??= PngImages.Resize(fullResolution, scaling.ModelWidth, scaling.ModelHeight);

    /// <summary>The full-resolution crop of a screen area, no larger than the model's display.</summary>
    public byte[] Zoom((int X0, int Y0, int X1, int Y1) area) => PngImages.Crop(fullResolution, area, scaling.ModelWidth, scaling.ModelHeight);
}

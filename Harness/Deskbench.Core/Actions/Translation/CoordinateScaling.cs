namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// The one coordinate-scaling layer: a screenshot of <see cref="ScreenWidth"/> × <see cref="ScreenHeight"/> pixels is
/// shown to a model downscaled to <see cref="ModelWidth"/> × <see cref="ModelHeight"/> (aspect ratio kept), and the
/// model's coordinates are mapped back to screen pixels with <see cref="ToScreen"/>. The identity scaling
/// (<see cref="Identity"/>) maps every point to itself. Used by the vendor translators and the model agents.
/// </summary>
public sealed record CoordinateScaling
{
    public CoordinateScaling(int screenWidth, int screenHeight, int modelWidth, int modelHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(screenWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(screenHeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(modelWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(modelHeight);
        ScreenWidth = screenWidth;
        ScreenHeight = screenHeight;
        ModelWidth = modelWidth;
        ModelHeight = modelHeight;
    }

    /// <summary>Anthropic's recommended limits for screenshots: long edge ≤ 1568 px and ≤ 1.15 megapixels.</summary>
    public const int AnthropicMaxLongEdge = 1568;

    /// <summary>Anthropic's recommended pixel budget (about 1.15 MP), beyond which the API downscales the image itself.</summary>
    public const long AnthropicMaxPixels = 1_150_000;

    public int ScreenWidth { get; }

    public int ScreenHeight { get; }

    /// <summary>The width of the image the model sees (the display width declared to the vendor's tool).</summary>
    public int ModelWidth { get; }

    /// <summary>The height of the image the model sees.</summary>
    public int ModelHeight { get; }

    public bool IsIdentity => ScreenWidth == ModelWidth && ScreenHeight == ModelHeight;

    /// <summary>No scaling: the model sees the full screen.</summary>
    public static CoordinateScaling Identity(int screenWidth, int screenHeight) => new(screenWidth, screenHeight, screenWidth, screenHeight);

    /// <summary>
    /// The largest downscale of the screen that fits both limits (long edge at most <paramref name="maxLongEdge"/>,
    /// area at most <paramref name="maxPixels"/>), keeping the aspect ratio; the identity when the screen already fits or
    /// when both limits are null. The screen is never upscaled.
    /// </summary>
    public static CoordinateScaling FitWithin(int screenWidth, int screenHeight, int? maxLongEdge, long? maxPixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(screenWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(screenHeight);
        var factor = 1.0;
        if (maxLongEdge is { } edge)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(edge, nameof(maxLongEdge));
            factor = Math.Min(factor, (double)edge / Math.Max(screenWidth, screenHeight));
        }

        if (maxPixels is { } pixels)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels, nameof(maxPixels));
            factor = Math.Min(factor, Math.Sqrt((double)pixels / ((long)screenWidth * screenHeight)));
        }

        if (factor >= 1.0)
        {
            return Identity(screenWidth, screenHeight);
        }

        var width = Math.Max(1, (int)Math.Floor(screenWidth * factor));
        var height = Math.Max(1, (int)Math.Floor(screenHeight * factor));
        return new CoordinateScaling(screenWidth, screenHeight, width, height);
    }

    /// <summary>Anthropic's recommendation (<see cref="AnthropicMaxLongEdge"/>, <see cref="AnthropicMaxPixels"/>): 1920×1080 → 1429×804.</summary>
    public static CoordinateScaling ForAnthropic(int screenWidth, int screenHeight) =>
        FitWithin(screenWidth, screenHeight, AnthropicMaxLongEdge, AnthropicMaxPixels);

    /// <summary>True when (x, y) lies on the model's image (edges included, as pyautogui accepts X_MAX).</summary>
    public bool IsOnModelImage(double x, double y) => x >= 0 && y >= 0 && x <= ModelWidth && y <= ModelHeight;

    /// <summary>
    /// The screen pixel for a model coordinate: the centre of the screen area the model pixel covers, clamped to the screen.
    /// With the identity scaling a whole-number coordinate is returned unchanged.
    /// </summary>
    public (int X, int Y) ToScreen(double x, double y) => (ToScreenAxis(x, ModelWidth, ScreenWidth), ToScreenAxis(y, ModelHeight, ScreenHeight));

    /// <summary>The model pixel that shows screen pixel (x, y).</summary>
    public (int X, int Y) ToModel(int x, int y) => (ToModelAxis(x, ScreenWidth, ModelWidth), ToModelAxis(y, ScreenHeight, ModelHeight));

    /// <summary>A model-space length (e.g. a scroll distance in pixels) in screen pixels.</summary>
    public double LengthToScreen(double length, bool horizontal) =>
        horizontal ? length * ScreenWidth / ModelWidth : length * ScreenHeight / ModelHeight;

    /// <summary>
    /// A model-space rectangle [x0, y0, x1, y1) (Anthropic's zoom <c>region</c>) as the screen rectangle it covers,
    /// clamped to the screen and at least one pixel wide and high.
    /// </summary>
    public (int X0, int Y0, int X1, int Y1) RegionToScreen(double x0, double y0, double x1, double y1)
    {
        var left = Clamp((int)Math.Floor(Math.Min(x0, x1) * ScreenWidth / ModelWidth), 0, ScreenWidth - 1);
        var top = Clamp((int)Math.Floor(Math.Min(y0, y1) * ScreenHeight / ModelHeight), 0, ScreenHeight - 1);
        var right = Clamp((int)Math.Ceiling(Math.Max(x0, x1) * ScreenWidth / ModelWidth), left + 1, ScreenWidth);
        var bottom = Clamp((int)Math.Ceiling(Math.Max(y0, y1) * ScreenHeight / ModelHeight), top + 1, ScreenHeight);
        return (left, top, right, bottom);
    }

    private static int ToScreenAxis(double value, int model, int screen)
    {
        if (model == screen)
        {
            return Clamp((int)Math.Round(value, MidpointRounding.AwayFromZero), 0, screen - 1);
        }

        // Model pixel v covers screen pixels [v·s/m, (v+1)·s/m); aim at the middle of that span.
        var mapped = (Math.Floor(value) + 0.5) * screen / model;
        return Clamp((int)Math.Floor(mapped), 0, screen - 1);
    }

    private static int ToModelAxis(int value, int screen, int model) =>
        Clamp((int)Math.Floor((value + 0.5) * model / screen), 0, model - 1);

    private static int Clamp(int value, int min, int max) => Math.Min(Math.Max(value, min), max);
}

namespace Deskbench.Guest.Linux;

/// <summary>A view of captured pixels: 32 bits per pixel, bytes B, G, R, X (X undefined), rows <see cref="Stride"/> bytes apart.</summary>
internal readonly unsafe struct BgraFrame(byte* pixels, int width, int height, int stride)
{
    public byte* Pixels { get; } = pixels;

    public int Width { get; } = width;

    public int Height { get; } = height;

    public int Stride { get; } = stride;

    /// <summary>The pixel at (x, y) as 0xRRGGBB.</summary>
    public int RgbAt(int x, int y)
    {
        var p = Pixels + (y * (long)Stride) + (x * 4L);
        return (p[2] << 16) | (p[1] << 8) | p[0];
    }
}

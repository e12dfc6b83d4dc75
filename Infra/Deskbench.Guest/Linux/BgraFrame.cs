namespace Deskbench.Guest.Linux;

/// <summary>A view of captured pixels: 32 bits per pixel, bytes B, G, R, X (X undefined), rows <see cref="Stride"/> bytes apart.</summary>
internal readonly unsafe struct BgraFrame(byte* pixels, int width, int height, int stride)
{
    public byte* Pixels { get; } = pixels;

    public int Width { get; } = width;

    public int Height { get; } = height;

    public int Stride { get; } = stride;
}

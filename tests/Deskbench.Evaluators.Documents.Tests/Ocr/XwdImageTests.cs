using System.Buffers.Binary;
using Deskbench.Evaluators.Documents.Imaging;

namespace Deskbench.Evaluators.Documents.Tests.Ocr;

public sealed class XwdImageTests(OcrImageFixture images) : IClassFixture<OcrImageFixture>
{
    [Fact]
    public void An_imagemagick_dump_decodes_to_the_same_pixels_as_its_png()
    {
        images.Require();
        var dump = XwdImage.Decode(File.ReadAllBytes(images.PathOf("terminal-dump.png")));
        var png = RasterImage.Load("test", images.PathOf("terminal.png"));

        Assert.Equal((png.Width, png.Height), (dump.Width, dump.Height));
        Assert.Equal(png.Rgba, dump.Rgba);
    }

    [Fact]
    public void A_little_endian_32_bit_truecolor_dump_like_xwd_writes_is_split_by_its_masks()
    {
        // What `xwd -root` writes on a 24-bit X server: LSBFirst pixels, 32 bits each, rows padded, a colour map before them.
        uint[] pixels = [0x00FF0000, 0x0000FF00, 0x000000FF, 0x00102030];
        var bytes = Dump(bigEndian: false, width: 2, height: 2, bitsPerPixel: 32, bytesPerLine: 12, visualClass: 4, colorMap: [(7, 0, 0, 0)], pixels);

        var image = XwdImage.Decode(bytes);

        Assert.True(XwdImage.IsXwd(bytes));
        Assert.Equal([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 0x10, 0x20, 0x30, 255], image.Rgba);
    }

    [Fact]
    public void An_8_bit_pseudocolor_dump_is_looked_up_in_its_colour_map()
    {
        uint[] pixels = [1, 2];
        var bytes = Dump(bigEndian: true, width: 2, height: 1, bitsPerPixel: 8, bytesPerLine: 4, visualClass: 3,
            colorMap: [(1, 0xFFFF, 0x8000, 0), (2, 0, 0, 0x4000)], pixels);

        var image = XwdImage.Decode(bytes);

        Assert.Equal([255, 128, 0, 255, 0, 0, 64, 255], image.Rgba);
    }

    [Fact]
    public void A_truncated_or_xy_pixmap_dump_is_refused_and_other_bytes_are_no_dump()
    {
        var bytes = Dump(bigEndian: true, width: 2, height: 2, bitsPerPixel: 32, bytesPerLine: 8, visualClass: 4, colorMap: [], [1, 2, 3, 4]);
        Assert.Throws<InvalidDataException>(() => XwdImage.Decode(bytes.AsSpan(0, bytes.Length - 1)));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 1);
        Assert.Contains("ZPixmap", Assert.Throws<InvalidDataException>(() => XwdImage.Decode(bytes)).Message, StringComparison.Ordinal);
        Assert.False(XwdImage.IsXwd("\x89PNG\r\n\x1a\n and more bytes than a header would need, to be sure of it: ........"u8));
    }

    /// <summary>A window dump with the given shape; pixels are written in the header's byte order, masks 0xFF0000/0xFF00/0xFF.</summary>
    private static byte[] Dump(
        bool bigEndian, int width, int height, int bitsPerPixel, int bytesPerLine, int visualClass,
        (uint Pixel, ushort Red, ushort Green, ushort Blue)[] colorMap, uint[] pixels)
    {
        var name = "test\0"u8.ToArray();
        var headerSize = 100 + name.Length;
        var bytes = new byte[headerSize + (colorMap.Length * 12) + (bytesPerLine * height)];
        uint[] header =
        [
            (uint)headerSize, 7, 2, 24, (uint)width, (uint)height, 0, bigEndian ? 1u : 0u, 32, bigEndian ? 1u : 0u, 32,
            (uint)bitsPerPixel, (uint)bytesPerLine, (uint)visualClass, 0xFF0000, 0xFF00, 0xFF, 8, 256, (uint)colorMap.Length,
            (uint)width, (uint)height, 0, 0, 0,
        ];
        for (var i = 0; i < header.Length; i++)
        {
            Write32(bytes.AsSpan(i * 4), header[i], bigEndian);
        }

        name.CopyTo(bytes, 100);
        for (var i = 0; i < colorMap.Length; i++)
        {
            var entry = bytes.AsSpan(headerSize + (i * 12));
            Write32(entry, colorMap[i].Pixel, bigEndian);
            Write16(entry[4..], colorMap[i].Red, bigEndian);
            Write16(entry[6..], colorMap[i].Green, bigEndian);
            Write16(entry[8..], colorMap[i].Blue, bigEndian);
        }

        var data = headerSize + (colorMap.Length * 12);
        var bytesPerPixel = bitsPerPixel / 8;
        for (var i = 0; i < pixels.Length; i++)
        {
            var at = bytes.AsSpan(data + (i / width * bytesPerLine) + (i % width * bytesPerPixel), bytesPerPixel);
            for (var b = 0; b < bytesPerPixel; b++)
            {
                var shift = 8 * (bigEndian ? bytesPerPixel - 1 - b : b);
                at[b] = (byte)(pixels[i] >> shift);
            }
        }

        return bytes;
    }

    private static void Write32(Span<byte> span, uint value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span, value);
        }
    }

    private static void Write16(Span<byte> span, ushort value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span, value);
        }
    }
}

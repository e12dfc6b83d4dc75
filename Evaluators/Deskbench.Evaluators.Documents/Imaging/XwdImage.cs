using System.Buffers.Binary;
using System.Numerics;

namespace Deskbench.Evaluators.Documents.Imaging;

/// <summary>
/// Reads an X11 window dump (the format <c>xwd -root -out shot.png</c> writes whatever the file name says): a header of
/// 25 CARD32 fields (big- or little-endian, told apart by file_version 7), the window name, the colour map, then ZPixmap
/// rows. TrueColor/DirectColor pixels are split by the channel masks (DirectColor is treated as TrueColor); 8-bit
/// PseudoColor, StaticColor and gray pixels are looked up in the colour map. XYPixmap dumps are not read.
/// </summary>
internal static class XwdImage
{
    private const int HeaderFields = 25;
    private const int HeaderBytes = HeaderFields * 4;
    private const int FileVersion = 7;
    private const int ZPixmap = 2;
    private const int ColorEntryBytes = 12;

    /// <summary>True when <paramref name="bytes"/> start with an XWD version 7 header (either byte order).</summary>
    public static bool IsXwd(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= HeaderBytes
        && (BinaryPrimitives.ReadUInt32BigEndian(bytes[4..]) == FileVersion || BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]) == FileVersion);

    /// <summary>Decodes a dump; throws <see cref="InvalidDataException"/> for a truncated or unsupported one.</summary>
    public static RasterImage Decode(ReadOnlySpan<byte> bytes)
    {
        if (!IsXwd(bytes))
        {
            throw new InvalidDataException("it is not an X11 window dump");
        }

        var bigEndian = BinaryPrimitives.ReadUInt32BigEndian(bytes[4..]) == FileVersion;
        var header = new long[HeaderFields];
        for (var i = 0; i < HeaderFields; i++)
        {
            header[i] = ReadUInt32(bytes, i * 4, bigEndian);
        }

        var (headerSize, format, width, height) = (header[0], header[2], header[4], header[5]);
        var (pixelsMsbFirst, bitsPerPixel, bytesPerLine, visualClass) = (header[7] == 1, (int)header[11], header[12], header[13]);
        var colorCount = header[19];
        if (format != ZPixmap)
        {
            throw new InvalidDataException($"the X11 window dump uses pixmap format {format}; only ZPixmap (2) is read");
        }

        if (bitsPerPixel is not (8 or 16 or 24 or 32) || width <= 0 || height <= 0 || width > 1 << 15 || height > 1 << 15)
        {
            throw new InvalidDataException($"the X11 window dump has an unsupported shape ({width}×{height}, {bitsPerPixel} bits per pixel)");
        }

        var dataOffset = headerSize + (colorCount * ColorEntryBytes);
        if (headerSize < HeaderBytes || bytesPerLine < width * bitsPerPixel / 8 || dataOffset + (bytesPerLine * height) > bytes.Length)
        {
            throw new InvalidDataException("the X11 window dump is truncated");
        }

        var colors = ReadColorMap(bytes[(int)headerSize..], (int)colorCount, bigEndian);
        var usesColorMap = visualClass < 4 && bitsPerPixel == 8;
        var masks = new[] { (uint)header[14], (uint)header[15], (uint)header[16] };
        var rgba = new byte[width * height * 4];
        var bytesPerPixel = bitsPerPixel / 8;
        for (var y = 0; y < height; y++)
        {
            var row = bytes.Slice((int)(dataOffset + (y * bytesPerLine)), (int)bytesPerLine);
            for (var x = 0; x < width; x++)
            {
                var pixel = ReadPixel(row.Slice(x * bytesPerPixel, bytesPerPixel), pixelsMsbFirst);
                var o = (int)(((y * width) + x) * 4);
                if (usesColorMap)
                {
                    (rgba[o], rgba[o + 1], rgba[o + 2]) = colors.GetValueOrDefault(pixel);
                }
                else
                {
                    rgba[o] = Channel(pixel, masks[0]);
                    rgba[o + 1] = Channel(pixel, masks[1]);
                    rgba[o + 2] = Channel(pixel, masks[2]);
                }

                rgba[o + 3] = 255;
            }
        }

        return RasterImage.FromRgba((int)width, (int)height, rgba, hasAlpha: false);
    }

    private static Dictionary<uint, (byte, byte, byte)> ReadColorMap(ReadOnlySpan<byte> entries, int count, bool bigEndian)
    {
        var colors = new Dictionary<uint, (byte, byte, byte)>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = entries.Slice(i * ColorEntryBytes, ColorEntryBytes);
            var pixel = ReadUInt32(entry, 0, bigEndian);
            colors[pixel] = ((byte)(ReadUInt16(entry, 4, bigEndian) >> 8), (byte)(ReadUInt16(entry, 6, bigEndian) >> 8), (byte)(ReadUInt16(entry, 8, bigEndian) >> 8));
        }

        return colors;
    }

    private static uint ReadPixel(ReadOnlySpan<byte> bytes, bool msbFirst)
    {
        uint value = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = msbFirst ? bytes[i] : bytes[bytes.Length - 1 - i];
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>The masked channel scaled to 0–255.</summary>
    private static byte Channel(uint pixel, uint mask)
    {
        if (mask == 0)
        {
            return 0;
        }

        var shift = BitOperations.TrailingZeroCount(mask);
        var max = mask >> shift;
        var value = (pixel & mask) >> shift;
        return (byte)(value * 255 / max);
    }

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, int offset, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes[offset..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[offset..]);

    private static ushort ReadUInt16(ReadOnlySpan<byte> bytes, int offset, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[offset..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[offset..]);
}

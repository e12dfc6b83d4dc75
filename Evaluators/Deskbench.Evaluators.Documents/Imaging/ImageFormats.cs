namespace Deskbench.Evaluators.Documents.Imaging;

/// <summary>What PIL's <c>Image.open(path).mode</c> would say about palettes, read from the file header.</summary>
internal static class ImageFormats
{
    /// <summary>True for a palette image (PIL mode "P"): a PNG with colour type 3, a GIF, or an 8-bit BMP.</summary>
    public static bool IsPaletteBased(string path)
    {
        var head = new byte[32];
        using (var stream = File.OpenRead(path))
        {
            _ = stream.Read(head, 0, head.Length);
        }

        if (head[0] == 0x89 && head[1] == (byte)'P' && head[2] == (byte)'N' && head[3] == (byte)'G')
        {
            return head[25] == 3;
        }

        if (head[0] == (byte)'G' && head[1] == (byte)'I' && head[2] == (byte)'F')
        {
            return true;
        }

        return head[0] == (byte)'B' && head[1] == (byte)'M' && BitConverter.ToUInt16(head, 28) <= 8;
    }
}

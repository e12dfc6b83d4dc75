namespace Deskbench.Evaluators.Documents.Packaging;

/// <summary>Says in words why a file could not be opened as a zip-based office package.</summary>
internal static class PackageProblems
{
    private static readonly byte[] Ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Why a file is not a zip package: OLE2 (a password-protected or legacy Office file), empty, or something else.</summary>
    public static string DescribeNonZip(string path)
    {
        try
        {
            var head = new byte[8];
            using var stream = File.OpenRead(path);
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (read == 0)
            {
                return "the file is empty";
            }

            if (read == 8 && head.AsSpan().SequenceEqual(Ole2Signature))
            {
                return "it is an OLE2 compound file (password-protected/encrypted or a legacy binary Office format), not an OOXML package";
            }

            return head[0] == 'P' && head[1] == 'K'
                ? "the zip package is truncated or corrupt"
                : "it is not a zip-based office document";
        }
        catch (IOException ex)
        {
            return ex.Message;
        }
    }
}

using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>Opens an OOXML zip package and reads its XML parts, turning every failure into a <see cref="DocumentReadException"/>.</summary>
internal static class XlsxPackage
{
    /// <summary>Opens <paramref name="path"/> as a zip archive; a file that is not one (corrupt, encrypted, another type) throws.</summary>
    public static ZipArchive OpenZip(string metric, string path)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException(metric, path, DescribeNonZip(path), ex);
        }
        catch (IOException ex)
        {
            throw new DocumentReadException(metric, path, ex.Message, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentReadException(metric, path, ex.Message, ex);
        }
    }

    /// <summary>The part at <paramref name="entryName"/> as XML, or null when the package has no such part.</summary>
    public static XDocument? ReadXml(string metric, string path, ZipArchive archive, string entryName)
    {
        var entry = archive.GetEntry(entryName);
        if (entry is null)
        {
            return null;
        }

        try
        {
            using var stream = entry.Open();
            return XDocument.Load(stream);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            throw new DocumentReadException(metric, path, $"part {entryName} is damaged ({ex.Message})", ex);
        }
    }

    /// <summary>Why a file is not a zip package: OLE2 (a password-protected or legacy Office file), empty, or something else.</summary>
    public static string DescribeNonZip(string path)
    {
        try
        {
            var head = new byte[8];
            using var stream = File.OpenRead(path);
            var read = stream.Read(head, 0, head.Length);
            if (read == 0)
            {
                return "the file is empty";
            }

            if (read == 8 && head.AsSpan().SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
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

using System.Formats.Tar;
using System.IO.Compression;

namespace Deskbench.Evaluators.Documents.Archives;

/// <summary>Python's <c>shutil.unpack_archive</c> for the formats it picks by extension: .zip, .tar, .tar.gz/.tgz.</summary>
internal static class ArchiveExtractor
{
    public static void Extract(string metric, string archive, string folder)
    {
        Directory.CreateDirectory(folder);
        var name = archive.ToLowerInvariant();
        try
        {
            if (name.EndsWith(".zip", StringComparison.Ordinal))
            {
                ZipFile.ExtractToDirectory(archive, folder, overwriteFiles: true);
            }
            else if (name.EndsWith(".tar.gz", StringComparison.Ordinal) || name.EndsWith(".tgz", StringComparison.Ordinal))
            {
                using var file = File.OpenRead(archive);
                using var gzip = new GZipStream(file, CompressionMode.Decompress);
                TarFile.ExtractToDirectory(gzip, folder, overwriteFiles: true);
            }
            else if (name.EndsWith(".tar", StringComparison.Ordinal))
            {
                TarFile.ExtractToDirectory(archive, folder, overwriteFiles: true);
            }
            else
            {
                throw new DocumentReadException(metric, archive, "unknown archive format (shutil.unpack_archive: .zip, .tar, .tar.gz, .tgz)");
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(metric, archive, ex.Message, ex);
        }
    }
}

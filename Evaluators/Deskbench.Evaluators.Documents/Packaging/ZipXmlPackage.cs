using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Packaging;

/// <summary>
/// Reads XML entries of a zip package by entry name, as OSWorld does with Python's <c>zipfile</c>: for ODF documents
/// (content.xml, styles.xml) and for the OOXML metrics whose OSWorld code opens a part by its name
/// (<c>check_transition</c>, <c>check_page_number_colors</c>). Office Open XML read the way openpyxl, python-docx and
/// python-pptx read it goes through <see cref="OpenXmlPackages"/> instead. Every failure becomes a
/// <see cref="DocumentReadException"/>.
/// </summary>
internal static class ZipXmlPackage
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
            throw new DocumentReadException(metric, path, PackageProblems.DescribeNonZip(path), ex);
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

    /// <summary>The entry <paramref name="entryName"/> as XML, or null when the package has no such entry.</summary>
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
}

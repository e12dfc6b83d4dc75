using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Deskbench.Evaluators.Documents.Packaging;

/// <summary>
/// Opens xlsx, docx and pptx files with the Open XML SDK (package, content types, parts and relationships) and reads
/// a part's XML as an <see cref="XDocument"/>, so the metrics can read the markup the way openpyxl, python-docx and
/// python-pptx do (attributes as written, defaults applied by the metric, not by a typed model). Every failure to open or
/// read becomes a <see cref="DocumentReadException"/> naming the metric and the file.
/// </summary>
internal static class OpenXmlPackages
{
    private static readonly OpenSettings ReadOnly = new() { AutoSave = false };

    public static SpreadsheetDocument OpenSpreadsheet(string metric, string path) =>
        Open(metric, path, "spreadsheet (xlsx)", ["application/vnd.openxmlformats-officedocument.spreadsheetml.", "application/vnd.ms-excel."],
            p => SpreadsheetDocument.Open(p, isEditable: false, ReadOnly));

    public static WordprocessingDocument OpenWordprocessing(string metric, string path) =>
        Open(metric, path, "Word (docx)", ["application/vnd.openxmlformats-officedocument.wordprocessingml.", "application/vnd.ms-word."],
            p => WordprocessingDocument.Open(p, isEditable: false, ReadOnly));

    public static PresentationDocument OpenPresentation(string metric, string path) =>
        Open(metric, path, "presentation (pptx)", ["application/vnd.openxmlformats-officedocument.presentationml.", "application/vnd.ms-powerpoint."],
            p => PresentationDocument.Open(p, isEditable: false, ReadOnly));

    /// <summary>The part's XML, or null when there is no part; damaged markup or a damaged zip entry throws.</summary>
    public static XDocument? ReadXml(string metric, string path, OpenXmlPart? part)
    {
        if (part is null)
        {
            return null;
        }

        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            return XDocument.Load(stream);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            throw new DocumentReadException(metric, path, $"part {part.Uri} is damaged ({ex.Message})", ex);
        }
    }

    /// <summary>The part's bytes (an image or other binary part).</summary>
    public static byte[] ReadBytes(string metric, string path, OpenXmlPart part)
    {
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new DocumentReadException(metric, path, $"part {part.Uri} is damaged ({ex.Message})", ex);
        }
    }

    /// <summary>The part related to <paramref name="container"/> by <paramref name="relationshipId"/>, or null when there is none.</summary>
    public static OpenXmlPart? PartById(OpenXmlPartContainer container, string? relationshipId) =>
        relationshipId is not null && container.TryGetPartById(relationshipId, out var part) ? part : null;

    /// <summary>The parts related to <paramref name="container"/> whose relationship type ends with <paramref name="typeSuffix"/>, in relationship order.</summary>
    public static IEnumerable<OpenXmlPart> RelatedParts(OpenXmlPartContainer container, string typeSuffix) =>
        container.Parts.Select(pair => pair.OpenXmlPart).Where(part => part.RelationshipType.EndsWith(typeSuffix, StringComparison.Ordinal));

    /// <summary>The package's part at <paramref name="packagePath"/> ("xl/worksheets/sheet2.xml"), found by name among the related parts.</summary>
    public static OpenXmlPart? PartByName(OpenXmlPackage package, string packagePath) =>
        package.GetAllParts().FirstOrDefault(part => string.Equals(part.Uri.OriginalString.TrimStart('/'), packagePath, StringComparison.Ordinal));

    /// <summary>
    /// Opens the package and checks it before any metric reads it: the SDK opens any OOXML package as any kind and loads
    /// parts lazily, so the main part's content type is checked against <paramref name="mainContentTypes"/> (prefixes of
    /// the kind's main-part content types, macro-enabled and template variants included) and every part relationship is
    /// loaded here, so that a package the SDK refuses fails at open with one clear error, not halfway through a metric.
    /// </summary>
    private static T Open<T>(string metric, string path, string kind, string[] mainContentTypes, Func<string, T> open)
        where T : OpenXmlPackage
    {
        var package = Guard(metric, path, kind, () => open(path));
        try
        {
            var contentType = package.RootPart?.ContentType;
            if (contentType is null
                || !contentType.EndsWith("main+xml", StringComparison.Ordinal)
                || !mainContentTypes.Any(prefix => contentType.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var main = package.RootPart is null ? "has no main part" : $"has the main part {package.RootPart.Uri} of type {contentType}";
                throw new DocumentReadException(metric, path, $"it is not a {kind} package (it {main})");
            }

            Guard(metric, path, kind, () => package.GetAllParts().Count());
            return package;
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    /// <summary>Runs an SDK call, turning the ways a package can be unreadable into a <see cref="DocumentReadException"/>.</summary>
    private static TResult Guard<TResult>(string metric, string path, string kind, Func<TResult> call)
    {
        try
        {
            return call();
        }
        catch (OpenXmlPackageException ex)
        {
            throw new DocumentReadException(metric, path, $"it cannot be opened as a {kind} package: {OneLine(ex.Message)}", ex);
        }
        catch (Exception ex) when (ex is FileFormatException or InvalidDataException)
        {
            throw new DocumentReadException(metric, path, PackageProblems.DescribeNonZip(path), ex);
        }
        catch (XmlException ex)
        {
            throw new DocumentReadException(metric, path, $"its package structure ([Content_Types].xml or relationships) is damaged ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(metric, path, ex.Message, ex);
        }
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

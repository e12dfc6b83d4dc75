using System.IO.Compression;
using System.Text;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Html;

/// <summary>
/// OSWorld's <c>process_epub</c> (others.py) without its side folder: the comparable text parts of an EPUB, sorted by
/// name, each as the lines <c>diff_text_file</c> reads back. <c>toc.ncx</c> and <c>content.opf</c> count only at the
/// archive root, without lines containing "navPoint" / "dc:identifier"; every <c>*.html</c> entry counts as its markup,
/// with CR and LF removed, re-serialised pretty-printed (<see cref="LibxmlHtmlPrinter"/>). Not a zip: no parts.
/// </summary>
internal static class EpubTextParts
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<IReadOnlyList<string>> Read(string epubPath)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(epubPath);
        }
        catch (InvalidDataException)
        {
            return [];
        }

        using (archive)
        {
            var parts = new List<(string Name, IReadOnlyList<string> Lines)>();
            AddFiltered(archive, "toc.ncx", "navPoint", parts);
            AddFiltered(archive, "content.opf", "dc:identifier", parts);
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".html", StringComparison.Ordinal)))
            {
                if (entry.FullName.Contains('/', StringComparison.Ordinal))
                {
                    // OSWorld writes the part to "<epub>.dir/<name>" without creating sub-folders, and fails there.
                    throw new DocumentReadException("compare_epub", epubPath, $"'{entry.FullName}' is in a sub-folder (OSWorld fails on it)");
                }

                var markup = Decode(entry).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
                var document = HtmlDocuments.Parse(markup);
                var root = document.DocumentElement;
                parts.Add((entry.FullName, PythonText.SplitLines(LibxmlHtmlPrinter.Print(root))));
            }

            return [.. parts.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Lines)];
        }
    }

    private static void AddFiltered(ZipArchive archive, string name, string dropLinesWith, List<(string Name, IReadOnlyList<string> Lines)> parts)
    {
        var entry = archive.GetEntry(name);
        if (entry is null)
        {
            return;
        }

        var lines = PythonText.SplitLines(Decode(entry)).Where(line => !line.Contains(dropLinesWith, StringComparison.Ordinal)).ToList();
        parts.Add((name, lines));
    }

    private static string Decode(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return StrictUtf8.GetString(buffer.ToArray());
    }
}

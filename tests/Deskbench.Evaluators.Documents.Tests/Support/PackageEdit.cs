using System.IO.Compression;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>Scripted edits of an office package LibreOffice wrote: rewrite the text of parts matching a name prefix.</summary>
public static class PackageEdit
{
    public static void Rewrite(string package, string partPrefix, Func<string, string> edit)
    {
        using var archive = ZipFile.Open(package, ZipArchiveMode.Update);
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith(partPrefix, StringComparison.Ordinal)).ToList())
        {
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write(edit(text));
        }
    }
}

using System.IO.Compression;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>Reads a part's relationships (<c>_rels/NAME.rels</c>) and resolves their targets to package paths.</summary>
internal static class PackageRelationships
{
    /// <summary>Relationship id → (type, absolute part path) of the part at <paramref name="partPath"/>.</summary>
    public static IReadOnlyDictionary<string, (string Type, string Target)> Read(
        string metric, string path, ZipArchive archive, string partPath)
    {
        var folder = partPath.Contains('/', StringComparison.Ordinal) ? partPath[..partPath.LastIndexOf('/')] : string.Empty;
        var name = partPath[(partPath.LastIndexOf('/') + 1)..];
        var relsPath = (folder.Length == 0 ? string.Empty : folder + "/") + "_rels/" + name + ".rels";
        var document = XlsxPackage.ReadXml(metric, path, archive, relsPath);
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (document?.Root is null)
        {
            return result;
        }

        foreach (var relationship in document.Root.Elements(XlsxNames.PackageRelationships + "Relationship"))
        {
            var id = (string?)relationship.Attribute("Id");
            var target = (string?)relationship.Attribute("Target");
            if (id is null || target is null || (string?)relationship.Attribute("TargetMode") == "External")
            {
                continue;
            }

            result[id] = ((string?)relationship.Attribute("Type") ?? string.Empty, Resolve(folder, target));
        }

        return result;
    }

    /// <summary>Resolves a relative target against a folder ("xl/worksheets" + "../drawings/d1.xml" → "xl/drawings/d1.xml").</summary>
    public static string Resolve(string folder, string target)
    {
        if (target.StartsWith('/'))
        {
            return target[1..];
        }

        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not "." and not "")
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The targets whose relationship type ends with <paramref name="typeSuffix"/> (e.g. "/chart").</summary>
    public static IEnumerable<string> TargetsOfType(
        IReadOnlyDictionary<string, (string Type, string Target)> relationships, string typeSuffix) =>
        relationships.Values.Where(r => r.Type.EndsWith(typeSuffix, StringComparison.Ordinal)).Select(r => r.Target);

    /// <summary>An element's text content joined over its descendants named <paramref name="name"/>.</summary>
    public static string JoinText(XElement element, XName name) =>
        string.Concat(element.Descendants(name).Select(t => t.Value));
}

using System.Xml;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>Reads a property from LibreOffice's <c>registrymodifications.xcu</c> (items by oor:path, props by oor:name).</summary>
internal static class LibreOfficeRegistry
{
    private static readonly XNamespace Oor = "http://openoffice.org/2001/registry";

    /// <summary>The value text of the first matching prop, or null; a file that is no XML gives null as well.</summary>
    public static string? Value(string file, string itemPath, string propName, bool last = false)
    {
        try
        {
            var document = XDocument.Load(file);
            var values = document.Descendants("item")
                .Where(item => (string?)item.Attribute(Oor + "path") == itemPath)
                .SelectMany(item => item.Descendants("prop"))
                .Where(prop => (string?)prop.Attribute(Oor + "name") == propName)
                .Select(prop => prop.Descendants("value").FirstOrDefault()?.Value)
                .ToList();
            return values.Count == 0 ? null : last ? values[^1] : values[0];
        }
        catch (Exception ex) when (ex is XmlException or IOException)
        {
            return null;
        }
    }
}

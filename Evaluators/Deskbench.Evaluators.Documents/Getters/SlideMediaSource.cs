using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Deskbench.Evaluators.Getters;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Getters;

/// <summary>
/// What OSWorld's impress getters share: copy the deck from the guest (<c>get_vm_file</c> with <c>dest</c> = the deck's file
/// name), find a relationship of a slide, and turn its target into a host file. An embedded target (<c>../media/…</c>) is
/// extracted next to the host copy of the deck, keeping its package path (the getter's <c>dest</c> is not used then); a
/// linked target must be a <c>file://</c> URL, whose guest path is copied with <c>get_vm_file</c> to <c>dest</c>.
/// </summary>
internal static class SlideMediaSource
{
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// The host copy of the deck. OSWorld opens None as a zip and crashes when the guest has no deck; here that is the
    /// result file missing (the metric scores 0), which is what the crash amounts to for the agent.
    /// </summary>
    public static async Task<string> DownloadDeckAsync(GetterContext context, SlideMediaGetterSpec spec, CancellationToken cancellationToken)
    {
        var fileName = spec.PptFilePath.Split('/')[^1];
        var request = new JsonObject { ["path"] = spec.PptFilePath, ["dest"] = fileName };
        var local = PythonValues.AsString(await new VmFileGetter().GetAsync(context, request, cancellationToken));
        return local ?? throw new GetterFileNotFoundException(spec.PptFilePath, $"the deck {spec.PptFilePath} is not on the guest");
    }

    /// <summary>
    /// The target of the first relationship of the slide's relationships part that <paramref name="matches"/> (by
    /// <c>Type</c> and <c>Id</c>), or null when the part or such a relationship is missing.
    /// </summary>
    public static string? FindTarget(ZipArchive deck, SlideMediaGetterSpec spec, Func<string, string?, bool> matches)
    {
        var part = deck.GetEntry(spec.RelationshipsPart);
        if (part is null)
        {
            return null;
        }

        XDocument relationships;
        using (var stream = part.Open())
        {
            relationships = XDocument.Load(stream);
        }

        foreach (var relationship in relationships.Root?.Elements(PackageRelationships + "Relationship") ?? [])
        {
            var type = (string?)relationship.Attribute("Type") ?? throw PythonErrorException.KeyError("'Type'");
            if (matches(type, (string?)relationship.Attribute("Id")))
            {
                return (string?)relationship.Attribute("Target") ?? throw PythonErrorException.KeyError("'Target'");
            }
        }

        return null;
    }

    /// <summary>The host file of a relationship target (see the class summary).</summary>
    public static async Task<JsonNode?> ResolveAsync(
        GetterContext context, SlideMediaGetterSpec spec, string localDeck, ZipArchive deck, string target, CancellationToken cancellationToken)
    {
        if (target.StartsWith("..", StringComparison.Ordinal))
        {
            var member = NormalizePackagePath("ppt/slides/" + target);
            var entry = deck.GetEntry(member) ?? throw PythonErrorException.KeyError($"\"There is no item named '{member}' in the archive\"");
            var directory = Path.GetDirectoryName(localDeck) ?? context.CacheDirectory;
            var extracted = Path.Combine(directory, member);
            Directory.CreateDirectory(Path.GetDirectoryName(extracted)!);
            entry.ExtractToFile(extracted, overwrite: true);
            return extracted;
        }

        if (!target.StartsWith("file://", StringComparison.Ordinal))
        {
            throw new PythonErrorException("AssertionError", target);
        }

        var request = new JsonObject { ["path"] = target[7..], ["dest"] = spec.Dest };
        return await new VmFileGetter().GetAsync(context, request, cancellationToken);
    }

    /// <summary>Python's <c>os.path.normpath</c> for a relative package path: drops <c>.</c> and folds <c>..</c>.</summary>
    internal static string NormalizePackagePath(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }
}

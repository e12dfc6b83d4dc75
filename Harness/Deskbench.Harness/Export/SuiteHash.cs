using System.Security.Cryptography;
using System.Text;

namespace Deskbench.Harness.Export;

/// <summary>The content hash of a whole suite: SHA-256 (lowercase hex) over the sorted lines "id:content_hash\n".</summary>
public static class SuiteHash
{
    public static string Compute(IEnumerable<(string Id, string ContentHash)> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var lines = tasks.Select(t => $"{t.Id}:{t.ContentHash}\n").Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(lines))));
    }
}

namespace Deskbench.Harness;

/// <summary>Makes a name (task id, domain, model) safe to use as one folder name.</summary>
public static class PathSegment
{
    private static readonly char[] Invalid = [.. Path.GetInvalidFileNameChars(), '/', '\\', ':'];

    /// <summary>Replaces path separators and invalid characters with '_'; "", "." and ".." become "_".</summary>
    public static string Sanitize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chars = name.Trim().Select(c => Array.IndexOf(Invalid, c) >= 0 || char.IsControl(c) ? '_' : c).ToArray();
        var sanitized = new string(chars);
        return sanitized is "" or "." or ".." ? "_" : sanitized;
    }
}

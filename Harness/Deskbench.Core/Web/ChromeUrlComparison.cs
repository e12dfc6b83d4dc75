namespace Deskbench.Core.Web;

/// <summary>OSWorld's <c>compare_urls</c> and <c>are_lists_equal</c> (metrics/utils.py): used by the Chrome metrics and by the <c>chrome_close_tabs</c> setup step.</summary>
public static class ChromeUrlComparison
{
    /// <summary>
    /// Equal after normalising both: a missing scheme becomes <c>http</c>, the host is lower-cased with every <c>www.</c>
    /// removed, a path of <c>/</c> becomes empty. Two nulls are equal; one null is not.
    /// </summary>
    public static bool CompareUrls(string? first, string? second) =>
        first is null || second is null ? first == second : string.Equals(Normalize(first), Normalize(second), StringComparison.Ordinal);

    /// <summary>Same length and every item of <paramref name="first"/> matches some item of <paramref name="second"/>.</summary>
    public static bool AreListsEqual(IReadOnlyList<string?> first, IReadOnlyList<string?> second, Func<string?, string?, bool> equal) =>
        first.Count == second.Count && first.All(item => second.Any(other => equal(item, other)));

    private static string Normalize(string url)
    {
        var parsed = PythonUrl.Parse(url);
        return (parsed with
        {
            Scheme = parsed.Scheme.Length > 0 ? parsed.Scheme : "http",
            Netloc = parsed.Netloc.ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal),
            Path = parsed.Path == "/" ? "" : parsed.Path,
        }).Unparse();
    }
}

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// OSWorld's <c>compare_urls</c> for <c>chrome_close_tabs</c>: equal after defaulting the scheme to http, lower-casing the
/// host and removing every <c>www.</c> from it, and turning a path of <c>/</c> into none (the same rule as the Chrome
/// metrics of Deskbench.Evaluators).
/// </summary>
internal static class ChromeTabUrls
{
    public static bool AreSame(string first, string second) => Normalize(first) == Normalize(second);

    private static string Normalize(string url)
    {
        var scheme = "";
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && char.IsAsciiLetter(url[0]) && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            scheme = url[..colon].ToLowerInvariant();
            url = url[(colon + 1)..];
        }

        var netloc = "";
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            var end = url.IndexOfAny(['/', '?', '#'], 2);
            end = end < 0 ? url.Length : end;
            netloc = url[2..end];
            url = url[end..];
        }

        var pathEnd = url.IndexOfAny(['?', '#']);
        var path = pathEnd < 0 ? url : url[..pathEnd];
        var rest = pathEnd < 0 ? "" : url[pathEnd..];
        path = path == "/" ? "" : path;
        scheme = scheme.Length > 0 ? scheme : "http";
        return $"{scheme}://{netloc.ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal)}{path}{rest}";
    }
}

namespace Deskbench.Core.Web;

/// <summary>The parts of Python's <c>urllib.parse.urlparse</c> result that OSWorld's Chrome code uses.</summary>
public sealed record PythonUrl(string Scheme, string Netloc, string Path, string Query, string Fragment)
{
    private static readonly HashSet<string> UsesNetloc = new(StringComparer.Ordinal)
    {
        "", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews", "prospero",
        "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss",
    };

    /// <summary><c>urlparse(url)</c> (params stay in the path).</summary>
    public static PythonUrl Parse(string url)
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

        var fragment = "";
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = url[(hash + 1)..];
            url = url[..hash];
        }

        var query = "";
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = url[(question + 1)..];
            url = url[..question];
        }

        return new PythonUrl(scheme, netloc, url, query, fragment);
    }

    /// <summary><c>urlunparse(parts)</c>.</summary>
    public string Unparse()
    {
        var url = Path;
        if (Netloc.Length > 0 || (Scheme.Length > 0 && UsesNetloc.Contains(Scheme) && !url.StartsWith("//", StringComparison.Ordinal)))
        {
            if (url.Length > 0 && url[0] != '/')
            {
                url = "/" + url;
            }

            url = "//" + Netloc + url;
        }

        if (Scheme.Length > 0)
        {
            url = Scheme + ":" + url;
        }

        if (Query.Length > 0)
        {
            url += "?" + Query;
        }

        if (Fragment.Length > 0)
        {
            url += "#" + Fragment;
        }

        return url;
    }

    /// <summary><c>unquote(text)</c>: percent-decoding as UTF-8.</summary>
    public static string Unquote(string text) => text.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(text) : text;

    /// <summary><c>parse_qs(query)</c> without blank values: each name with its values in order.</summary>
    public static IReadOnlyDictionary<string, List<string>> ParseQuery(string query)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var field in query.Split('&'))
        {
            var pair = field.Split('=', 2);
            if (pair.Length != 2 || pair[1].Length == 0)
            {
                continue;
            }

            var name = Unquote(pair[0].Replace('+', ' '));
            var value = Unquote(pair[1].Replace('+', ' '));
            if (!result.TryGetValue(name, out var values))
            {
                result[name] = values = [];
            }

            values.Add(value);
        }

        return result;
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace Deskbench.Evaluators.Python;

/// <summary>
/// Compiles a Python <c>re</c> pattern as a .NET regex: named-group syntax (<c>(?P&lt;n&gt;…)</c>, <c>(?P=n)</c>) and
/// <c>\Z</c> are translated; flags map from Python's names (I, M, S, X …).
/// </summary>
public static class PythonRegex
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    public static Regex Compile(string pattern, RegexOptions options = RegexOptions.None) =>
        new(Translate(pattern), options | RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary><c>re.search(pattern, text, flags)</c> is not None.</summary>
    public static bool Search(string pattern, string text, RegexOptions options = RegexOptions.None) =>
        Compile(pattern, options).IsMatch(text);

    /// <summary>The regex options for Python flag names (<c>re.I</c>, <c>re.MULTILINE</c> …); unknown names throw.</summary>
    public static RegexOptions FlagsFromNames(IEnumerable<string> names)
    {
        var options = RegexOptions.None;
        foreach (var name in names)
        {
            options |= name switch
            {
                "I" or "IGNORECASE" => RegexOptions.IgnoreCase,
                "M" or "MULTILINE" => RegexOptions.Multiline,
                "S" or "DOTALL" => RegexOptions.Singleline,
                "X" or "VERBOSE" => RegexOptions.IgnorePatternWhitespace,
                "U" or "UNICODE" or "A" or "ASCII" or "L" or "LOCALE" or "NOFLAG" or "DEBUG" => RegexOptions.None,
                _ => throw PythonErrorException.AttributeError($"module 're' has no attribute '{name}'"),
            };
        }

        return options;
    }

    internal static string Translate(string pattern)
    {
        var builder = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                builder.Append(pattern[i + 1] == 'Z' ? @"\z" : pattern.Substring(i, 2));
                i++;
            }
            else if (string.CompareOrdinal(pattern, i, "(?P<", 0, 4) == 0)
            {
                builder.Append("(?<");
                i += 3;
            }
            else if (string.CompareOrdinal(pattern, i, "(?P=", 0, 4) == 0)
            {
                var close = pattern.IndexOf(')', i);
                builder.Append(@"\k<").Append(pattern, i + 4, close - i - 4).Append('>');
                i = close;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

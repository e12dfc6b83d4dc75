using System.Text;
using System.Text.RegularExpressions;
using Deskbench.Guest.Session;

namespace Deskbench.Guest.Http;

/// <summary>Python's <c>os.path.expanduser</c> and <c>os.path.expandvars</c> over the session's environment.</summary>
internal static partial class GuestPaths
{
    /// <summary><c>~</c> and <c>~/…</c> become the home folder; anything else is returned unchanged.</summary>
    public static string ExpandUser(string path, SessionEnvironment environment)
    {
        if (path == "~")
        {
            return environment.HomeDirectory;
        }

        return path.StartsWith("~/", StringComparison.Ordinal)
            ? environment.HomeDirectory.TrimEnd('/') + path[1..]
            : path;
    }

    /// <summary><c>$NAME</c> and <c>${NAME}</c> become the variable's value when it is set; unknown ones stay as written.</summary>
    public static string ExpandVariables(string path, SessionEnvironment environment)
    {
        if (!path.Contains('$', StringComparison.Ordinal))
        {
            return path;
        }

        return VariablePattern().Replace(path, match =>
        {
            var name = match.Groups["braced"].Success ? match.Groups["braced"].Value : match.Groups["plain"].Value;
            return Lookup(name, environment) ?? match.Value;
        });
    }

    /// <summary>expandvars(expanduser(path)), as OSWorld applies to <c>/file</c>, <c>/setup/upload</c> and <c>/setup/open_file</c>.</summary>
    public static string Expand(string path, SessionEnvironment environment) =>
        ExpandVariables(ExpandUser(path, environment), environment);

    private static string? Lookup(string name, SessionEnvironment environment) =>
        environment.Variables.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name);

    [GeneratedRegex(@"\$(?:\{(?<braced>[^}]+)\}|(?<plain>[A-Za-z0-9_]+))", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePattern();

    /// <summary>A string as Python's <c>repr</c> shows it, for messages that mirror OSWorld's.</summary>
    public static string PythonRepr(string text)
    {
        var builder = new StringBuilder("'");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\'' => "\\'",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('\'').ToString();
    }
}

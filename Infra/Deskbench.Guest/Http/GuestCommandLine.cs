using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Guest.Session;

namespace Deskbench.Guest.Http;

/// <summary>
/// A command from an OSWorld request body <c>{command, shell, timeout?}</c>, resolved to the argv to execute: a string without
/// <c>shell</c> is split like <c>shlex.split</c>, <c>~/</c> arguments are expanded, <c>shell</c> runs under <c>/bin/sh -c</c>.
/// </summary>
public sealed record GuestCommandLine(IReadOnlyList<string> Arguments, bool Shell, TimeSpan? Timeout, string Description)
{
    public const string ShellPath = "/bin/sh";

    /// <summary>Reads a request body; throws <see cref="FormatException"/> for a body OSWorld would also reject.</summary>
    public static GuestCommandLine Parse(JsonObject body, SessionEnvironment environment)
    {
        var shell = IsTruthy(body["shell"]);
        var timeout = ReadTimeout(body["timeout"]);
        switch (body["command"])
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                if (shell)
                {
                    return new GuestCommandLine([ShellPath, "-c", text], Shell: true, timeout, text);
                }

                var words = ExpandHome(ShellWords.Split(text), environment);
                return new GuestCommandLine(words, Shell: false, timeout, string.Join(' ', words));
            case JsonArray array:
                var arguments = ExpandHome(array.Select(StringOf).ToList(), environment);
                return shell
                    ? new GuestCommandLine([ShellPath, "-c", .. arguments], Shell: true, timeout,
                        "[" + string.Join(", ", arguments.Select(GuestPaths.PythonRepr)) + "]")
                    : new GuestCommandLine(arguments, Shell: false, timeout, string.Join(' ', arguments));
            case null:
                return shell
                    ? new GuestCommandLine([ShellPath, "-c", string.Empty], Shell: true, timeout, string.Empty)
                    : new GuestCommandLine([], Shell: false, timeout, string.Empty);
            default:
                throw new FormatException("'command' must be a string or a list of strings");
        }
    }

    /// <summary>The command as Python's <c>subprocess</c> shows it in messages (<c>['ls', '-l']</c>).</summary>
    public string PythonRepr => Shell && Arguments.Count == 3
        ? GuestPaths.PythonRepr(Arguments[2])
        : "[" + string.Join(", ", Arguments.Select(GuestPaths.PythonRepr)) + "]";

    private static List<string> ExpandHome(IReadOnlyList<string> arguments, SessionEnvironment environment) =>
        arguments.Select(a => a.StartsWith("~/", StringComparison.Ordinal) ? GuestPaths.ExpandUser(a, environment) : a).ToList();

    private static string StringOf(JsonNode? node) => node switch
    {
        null => "None",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary>Python truthiness of a JSON value: true, a non-zero number, a non-empty string.</summary>
    internal static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => JsonNumbers.TryGetDouble(value, out var number) && number != 0,
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            _ => false,
        },
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Count > 0,
        _ => false,
    };

    private static TimeSpan? ReadTimeout(JsonNode? node)
    {
        return JsonNumbers.TryGetDouble(node, out var seconds) && seconds > 0 && seconds < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}

using System.Text.Json.Nodes;

namespace Deskbench.Core.Guest;

/// <summary>
/// A command as OSWorld sends it: <see cref="Command"/> is a JSON string or array of strings; with <see cref="Shell"/>
/// a string runs under <c>/bin/sh -c</c>, otherwise a string is split like <c>shlex.split</c>.
/// </summary>
public sealed record CommandRequest(JsonNode Command, bool Shell = false, TimeSpan? Timeout = null)
{
    public static CommandRequest FromArguments(params string[] arguments) =>
        new(new JsonArray([.. arguments.Select(a => (JsonNode?)JsonValue.Create(a))]));

    public static CommandRequest FromShell(string script) => new(JsonValue.Create(script), Shell: true);
}

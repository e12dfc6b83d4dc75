using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters;

/// <summary>How the command getters build their <c>/execute</c> request and read its reply.</summary>
internal static class GuestCommand
{
    /// <summary><c>{command, shell}</c> exactly as OSWorld posts them; <c>shell</c> is Python-truthy (tasks write "true").</summary>
    public static CommandRequest FromSpec(JsonObject spec)
    {
        var command = PythonIndexing.GetItem(spec, "command")
            ?? throw PythonErrorException.TypeError("command must be a string or a list, not None");
        var shell = PythonValues.IsTruthy(PythonIndexing.Get(spec, "shell", JsonValue.Create(false)));
        return new CommandRequest(command.DeepClone(), shell);
    }

    /// <summary>The server answered 200 (it ran the command, whatever its exit code).</summary>
    public static bool Succeeded(CommandResult result) => string.Equals(result.Status, "success", StringComparison.Ordinal);
}

using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// <c>vm_command_line</c> <c>{command, shell?}</c>: runs the command in the guest (<c>POST /execute</c>) and returns its
/// stdout; None when the guest reports an error (OSWorld: a non-200 reply).
/// </summary>
public sealed class VmCommandLineGetter : IGetter
{
    public string Name => "vm_command_line";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var result = await context.Environment.Guest.ExecuteAsync(GuestCommand.FromSpec(spec), cancellationToken);
        return GuestCommand.Succeeded(result) ? JsonValue.Create(result.Output) : null;
    }
}

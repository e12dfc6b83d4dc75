using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// <c>vm_command_error</c> <c>{command, shell?}</c>: runs the command in the guest (<c>POST /execute</c>) and returns its
/// stderr; None when the guest reports an error.
/// </summary>
public sealed class VmCommandErrorGetter : IGetter
{
    public string Name => "vm_command_error";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var result = await context.Environment.Guest.ExecuteAsync(GuestCommand.FromSpec(spec), cancellationToken);
        return GuestCommand.Succeeded(result) ? JsonValue.Create(result.Error) : null;
    }
}

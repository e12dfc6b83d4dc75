using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Getters;

/// <summary><c>vm_terminal_output</c>: the text of the guest's focused terminal (<c>GET /terminal</c>), or null when there is none.</summary>
public sealed class VmTerminalOutputGetter : IGetter
{
    public string Name => "vm_terminal_output";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken) =>
        await context.Environment.Guest.GetTerminalOutputAsync(cancellationToken) is { } text ? JsonValue.Create(text) : null;
}

using System.Text.Json.Nodes;
using Deskbench.Core.Actions;

namespace Deskbench.Evaluators.Getters.Apps;

/// <summary>
/// <c>vscode_config</c> <c>{vscode_extension_command, path, dest}</c>: opens VS Code's command palette (ctrl+shift+p;
/// command+shift+p on macOS), types the command of OSWorld's evaluation extension and presses Enter (the extension writes
/// its state to <c>path</c>), each followed by a 1 s pause as in OSWorld; then fetches <c>path</c> like <c>vm_file</c>.
/// </summary>
public sealed class VsCodeConfigGetter : IGetter
{
    public string Name => "vscode_config";

    /// <summary>Pause after each input (OSWorld: 1 s).</summary>
    public double PauseSeconds { get; init; } = 1.0;

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var command = GetterSpecFields.RequireString(spec, Name, "vscode_extension_command");
        var path = GetterSpecFields.RequireString(spec, Name, "path");
        var dest = GetterSpecFields.RequireString(spec, Name, "dest");
        var guest = context.Environment.Guest;
        var modifier = string.Equals(await guest.GetPlatformAsync(cancellationToken), "Darwin", StringComparison.OrdinalIgnoreCase)
            ? "command"
            : "ctrl";
        var outcome = await guest.ExecuteActionsAsync(
            [
                new HotkeyAction([modifier, "shift", "p"]), new WaitAction(PauseSeconds),
                new TypeTextAction(command), new WaitAction(PauseSeconds),
                new KeyPressAction("enter"), new WaitAction(PauseSeconds),
            ],
            cancellationToken);
        if (!outcome.AllSucceeded)
        {
            throw new InvalidOperationException(
                $"{Name}: the guest could not run the command palette input: {string.Join("; ", outcome.Outcomes.Where(o => !o.Success).Select(o => o.ToString()))}");
        }

        return await new VmFileGetter().GetAsync(context, new JsonObject { ["path"] = path, ["dest"] = dest }, cancellationToken);
    }
}

using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>shortcuts_on_desktop</c>: <c>{file name: content}</c> of every <c>*.desktop</c> file directly in the guest user's
/// <c>$HOME/Desktop</c> (Linux, as on OSWorld's Ubuntu image). A missing Desktop folder is an evaluation error, as OSWorld's
/// indexing of None is.
/// </summary>
public sealed class ShortcutsOnDesktopGetter : IGetter
{
    public string Name => "shortcuts_on_desktop";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var guest = context.Environment.Guest;
        var home = await guest.ExecuteAsync(CommandRequest.FromShell("printf %s \"$HOME\""), cancellationToken);
        var desktop = $"{home.Output.TrimEnd('/')}/Desktop";
        var tree = await guest.ListDirectoryAsync(desktop, cancellationToken)
            ?? throw new ChromeGetterException(Name, $"the guest has no Desktop folder ({desktop})");
        var shortcuts = new JsonObject();
        var children = tree["children"] as JsonArray ?? [];
        foreach (var child in children)
        {
            var name = child?["name"]?.GetValue<string>();
            if (name is null || !name.EndsWith(".desktop", StringComparison.Ordinal))
            {
                continue;
            }

            var content = await guest.DownloadFileAsync($"{desktop}/{name}", cancellationToken)
                ?? throw new ChromeGetterException(Name, $"{desktop}/{name} vanished while it was read");
            shortcuts[name] = Encoding.UTF8.GetString(content);
        }

        return shortcuts;
    }
}

using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Getters;

/// <summary><c>vm_screen_size</c>: the guest screen size as <c>{"width": w, "height": h}</c> (<c>POST /screen_size</c>).</summary>
public sealed class VmScreenSizeGetter : IGetter
{
    public string Name => "vm_screen_size";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var size = await context.Environment.Guest.GetScreenSizeAsync(cancellationToken);
        return new JsonObject { ["width"] = size.Width, ["height"] = size.Height };
    }
}

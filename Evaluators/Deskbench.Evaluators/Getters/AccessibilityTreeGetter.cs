using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Getters;

/// <summary><c>accessibility_tree</c>: the guest's accessibility tree as OSWorld XML (<c>GET /accessibility</c>), or null.</summary>
public sealed class AccessibilityTreeGetter : IGetter
{
    public string Name => "accessibility_tree";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken) =>
        await context.Environment.Guest.GetAccessibilityTreeAsync(cancellationToken) is { } xml ? JsonValue.Create(xml) : null;
}

using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Tests.Desktop;

/// <summary>Runs a getter by its OSWorld name through the default registry, as the evaluator does.</summary>
internal static class GuestGetters
{
    private static readonly GetterRegistry Registry = GetterRegistry.CreateDefault();

    public static Task<JsonNode?> GetAsync(GetterContext context, string spec)
    {
        var parsed = JsonNode.Parse(spec)!.AsObject();
        return Registry.Get(parsed["type"]!.GetValue<string>()).GetAsync(context, parsed, TestContext.Current.CancellationToken);
    }

    /// <summary>A name no other test (or earlier run) uses: <paramref name="prefix"/>-8 hex digits.</summary>
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
}

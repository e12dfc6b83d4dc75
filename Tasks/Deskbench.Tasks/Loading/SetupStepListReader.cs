using System.Text.Json.Nodes;
using Deskbench.Core.Tasks;

namespace Deskbench.Tasks.Loading;

/// <summary>Turns a validated <c>config</c>/<c>postconfig</c> array into <see cref="SetupStep"/> records.</summary>
internal static class SetupStepListReader
{
    public static IReadOnlyList<SetupStep> Read(JsonNode? steps) =>
        steps is JsonArray array
            ? [.. array.OfType<JsonObject>().Select(s => new SetupStep(s["type"]!.GetValue<string>(), (JsonObject)s["parameters"]!))]
            : [];
}

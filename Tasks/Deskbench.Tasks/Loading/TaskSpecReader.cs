using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Core.Tasks;

namespace Deskbench.Tasks.Loading;

/// <summary>Builds a <see cref="TaskSpec"/> from a task document that passed validation.</summary>
internal static class TaskSpecReader
{
    /// <param name="document">The validated document (kept as <see cref="TaskSpec.Raw"/>).</param>
    /// <param name="domain">The task's domain.</param>
    /// <param name="sourcePath">Absolute path of the file.</param>
    /// <param name="contentHash">SHA-256 hex of the file bytes.</param>
    /// <param name="idOverride">The id an index file gives the task (its file name), used instead of the document's <c>id</c>.</param>
    public static TaskSpec Read(JsonObject document, string domain, string sourcePath, string contentHash, string? idOverride) => new()
    {
        Id = idOverride ?? document["id"]!.GetValue<string>(),
        Domain = domain,
        Instruction = document["instruction"]!.GetValue<string>(),
        Snapshot = OptionalString(document, "snapshot"),
        Source = OptionalString(document, "source"),
        Trajectory = OptionalString(document, "trajectory"),
        Config = SetupStepListReader.Read(document["config"]),
        RelatedApps = document["related_apps"] is JsonArray apps ? [.. apps.Select(a => a!.GetValue<string>())] : [],
        Evaluator = EvaluatorSpecReader.Read((JsonObject)document["evaluator"]!),
        Proxy = OptionalBoolean(document, "proxy"),
        FixedIp = OptionalBoolean(document, "fixed_ip"),
        PossibilityOfEnvChange = OptionalString(document, "possibility_of_env_change"),
        Hint = OptionalString(document, "hint"),
        SourcePath = sourcePath,
        ContentHash = contentHash,
        Raw = document,
    };

    private static string? OptionalString(JsonObject document, string key) =>
        document[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool OptionalBoolean(JsonObject document, string key) =>
        document[key] is JsonValue value && value.GetValueKind() == JsonValueKind.True;
}

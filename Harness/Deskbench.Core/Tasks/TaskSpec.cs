using System.Text.Json.Nodes;

namespace Deskbench.Core.Tasks;

/// <summary>
/// One task in OSWorld's JSON format, loaded unchanged. <see cref="Raw"/> keeps the whole document so that no key is lost.
/// </summary>
public sealed record TaskSpec
{
    public required string Id { get; init; }
    /// <summary>The domain folder the task came from (OSWorld's <c>examples/&lt;domain&gt;/</c>), or "default".</summary>
    public required string Domain { get; init; }
    public required string Instruction { get; init; }
    public string? Snapshot { get; init; }
    public string? Source { get; init; }
    public string? Trajectory { get; init; }
    public IReadOnlyList<SetupStep> Config { get; init; } = [];
    public IReadOnlyList<string> RelatedApps { get; init; } = [];
    public required EvaluatorSpec Evaluator { get; init; }
    public bool Proxy { get; init; }
    public bool FixedIp { get; init; }
    public string? PossibilityOfEnvChange { get; init; }
    public string? Hint { get; init; }
    /// <summary>Absolute path of the file the task was read from.</summary>
    public required string SourcePath { get; init; }
    /// <summary>SHA-256 (hex) of the file's bytes, recorded in run manifests.</summary>
    public required string ContentHash { get; init; }
    /// <summary>The task document exactly as read.</summary>
    public required JsonObject Raw { get; init; }
}

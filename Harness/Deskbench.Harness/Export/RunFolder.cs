using Deskbench.Harness.Results;

namespace Deskbench.Harness.Export;

/// <summary>
/// One run folder (<c>&lt;results&gt;/&lt;action_space&gt;/&lt;observation_type&gt;/&lt;model&gt;</c>) read for export: its manifest when
/// present and every task of the suite — the tasks run.json lists plus any result folder it does not — in domain, id order.
/// </summary>
public sealed record RunFolder
{
    public required string Directory { get; init; }
    public required RunKey Key { get; init; }
    /// <summary>run.json, or null for a folder written by OSWorld itself.</summary>
    public RunManifest? Manifest { get; init; }
    /// <summary><c>image_digest</c> from run.json when a provider recorded one.</summary>
    public string? ImageDigest { get; init; }
    /// <summary>The platform's source commit: run.json's <c>commit</c>, else the part of its version after '+'.</summary>
    public string? Commit { get; init; }
    public required IReadOnlyList<TaskOutcome> Tasks { get; init; }

    /// <summary>"action_space/observation_type/model", as the folder names it.</summary>
    public string Label => $"{Key.ActionSpace}/{Key.ObservationType}/{Key.Model}";

    /// <summary>The suite hash over run.json's task list, or null without a manifest.</summary>
    public string? SuiteHash => Manifest is null ? null : Export.SuiteHash.Compute(Manifest.Tasks.Select(t => (t.Id, t.ContentHash)));
}

namespace Deskbench.Harness.Results;

/// <summary>One task of a run, as run.json lists it: enough to tell later whether the same task file was run.</summary>
public sealed record RunManifestTask(string Id, string Domain, string ContentHash, string SourcePath);

using Deskbench.Harness.Results;
using Deskbench.Harness.Summary;

namespace Deskbench.Harness.Report;

/// <summary>One run folder read for the report: its manifest, its tasks (ordered by domain, then id) and their summary.</summary>
public sealed record ReportRun(string Label, string Directory, RunManifest? Manifest, IReadOnlyList<ReportTask> Tasks)
{
    public RunSummary Summary { get; } = RunSummary.FromResults(Tasks.Where(t => t.Result is not null).Select(t => t.Result!));

    /// <summary>Tasks of a domain the run lists (with or without a result).</summary>
    public int TaskCount(string domain) => Tasks.Count(t => t.Domain.Equals(domain, StringComparison.Ordinal));
}

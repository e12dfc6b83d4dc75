namespace Deskbench.Harness.Report;

/// <summary>What <see cref="ReportGenerator"/> wrote: the site folder, its entry page, and how many runs and tasks it shows.</summary>
public sealed record ReportOutput(string Directory, string IndexPath, int Runs, int Tasks);

using Deskbench.Harness.Summary;

namespace Deskbench.Cli.Output;

/// <summary>Prints the per-domain summary table at the end of a run.</summary>
public static class SummaryRenderer
{
    public static void Write(RunSummary summary, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(summary.ToTable());
    }
}

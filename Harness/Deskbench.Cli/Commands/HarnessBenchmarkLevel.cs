namespace Deskbench.Cli.Commands;

/// <summary>What one run of <c>deskbench bench harness</c> measured at one --parallel level.</summary>
public sealed record HarnessBenchmarkLevel(int Parallel, int Tasks, int Scored, double Success, double WallSeconds, double OverheadP50, double OverheadP95)
{
    public double TasksPerMinute => WallSeconds <= 0 ? 0 : Tasks / WallSeconds * 60;
}

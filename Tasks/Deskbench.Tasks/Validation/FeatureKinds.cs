namespace Deskbench.Tasks.Validation;

/// <summary>The kinds of named features a task can need (as in <see cref="Deskbench.Core.Tasks.UnsupportedFeatureException.Kind"/>).</summary>
public static class FeatureKinds
{
    public const string SetupStep = "setup step";
    public const string Getter = "getter";
    public const string Metric = "metric";

    /// <summary>The metric name that marks an infeasible task; scored by the harness itself, never looked up.</summary>
    public const string InfeasibleMetric = "infeasible";

    /// <summary>The message of an unsupported-feature problem: <c>unsupported: metric 'compare_table'</c>.</summary>
    public static string UnsupportedMessage(string kind, string name) => $"unsupported: {kind} '{name}'";
}

namespace Deskbench.Core.Tasks;

/// <summary>The setup step types, getters and metrics this build implements; used to report "unsupported: name".</summary>
public sealed record SupportedFeatures(
    IReadOnlySet<string> SetupStepTypes,
    IReadOnlySet<string> Getters,
    IReadOnlySet<string> Metrics);

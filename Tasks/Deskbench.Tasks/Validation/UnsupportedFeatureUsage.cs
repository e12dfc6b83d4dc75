namespace Deskbench.Tasks.Validation;

/// <summary>A setup step type, getter or metric this build lacks, and how many of the loaded tasks need it.</summary>
public sealed record UnsupportedFeatureUsage(string Kind, string Name, int TaskCount);

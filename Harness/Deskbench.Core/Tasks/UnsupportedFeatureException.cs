namespace Deskbench.Core.Tasks;

/// <summary>The task names a setup step type, getter or metric this build does not implement.</summary>
public sealed class UnsupportedFeatureException(string kind, string name)
    : Exception($"unsupported: {kind} '{name}'")
{
    public string Kind { get; } = kind;
    public string Name { get; } = name;
}

using System.Text.Json.Nodes;

namespace Deskbench.Core.Tasks;

/// <summary>
/// A task's <c>evaluator</c> object. Single-metric evaluators are normalised to lists of length one;
/// <see cref="IsList"/> remembers which form the file used (OSWorld scores the two forms differently on errors).
/// Entries of <see cref="Expected"/> and <see cref="Options"/> may be null (OSWorld's <c>null</c>/<c>{}</c> placeholders).
/// </summary>
public sealed record EvaluatorSpec
{
    public required IReadOnlyList<string> Funcs { get; init; }
    public bool IsList { get; init; }
    /// <summary>"and" (default) or "or".</summary>
    public string Conj { get; init; } = "and";
    public IReadOnlyList<GetterSpec?> Results { get; init; } = [];
    public IReadOnlyList<GetterSpec?> Expected { get; init; } = [];
    /// <summary>True when the task has a non-empty <c>expected</c> (OSWorld passes an expected value to the metric only then).</summary>
    public bool HasExpected { get; init; }
    public IReadOnlyList<JsonObject?> Options { get; init; } = [];
    public IReadOnlyList<SetupStep> Postconfig { get; init; } = [];

    public bool IsInfeasible => Funcs.Count == 1 && Funcs[0] == "infeasible";
}

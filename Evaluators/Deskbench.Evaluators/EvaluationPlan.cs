using System.Text.Json.Nodes;
using Deskbench.Core.Evaluation;
using Deskbench.Core.Tasks;
using Deskbench.Evaluators.Metrics;

namespace Deskbench.Evaluators;

/// <summary>Looks up every metric and getter an evaluator names, before anything runs (as OSWorld's <c>_set_evaluator_info</c>).</summary>
internal static class EvaluationPlan
{
    public static IReadOnlyList<ResolvedMetric> Resolve(EvaluatorSpec spec, GetterRegistry getters, MetricRegistry metrics)
    {
        if (spec.Funcs.Count == 0)
        {
            throw new EvaluationException("the evaluator names no metric (func is empty)");
        }

        var plan = new List<ResolvedMetric>(spec.Funcs.Count);
        for (var i = 0; i < spec.Funcs.Count; i++)
        {
            var name = spec.Funcs[i];
            var metric = spec.IsInfeasible && !metrics.Contains(name) ? new InfeasibleMetric() : metrics.Get(name);
            var result = Present(i < spec.Results.Count ? spec.Results[i] : null);
            var expected = spec.HasExpected ? Present(i < spec.Expected.Count ? spec.Expected[i] : null) : null;
            var options = i < spec.Options.Count ? spec.Options[i] ?? [] : [];
            plan.Add(new ResolvedMetric(
                i,
                name,
                metric,
                result,
                result is null ? null : getters.Get(result.Type),
                expected,
                expected is null ? null : getters.Get(expected.Type),
                options));
        }

        return plan;
    }

    /// <summary>OSWorld's asserts for list evaluators: as many result (and expected) entries as metrics.</summary>
    public static IReadOnlyList<ResolvedMetric> CheckListLengths(IReadOnlyList<ResolvedMetric> plan, EvaluatorSpec spec)
    {
        if (spec.Results.Count != spec.Funcs.Count)
        {
            throw new EvaluationException(
                $"the number of metrics ({spec.Funcs.Count}) and result getters ({spec.Results.Count}) must be the same");
        }

        if (spec.HasExpected && spec.Expected.Count > 0 && spec.Expected.Count != spec.Funcs.Count)
        {
            throw new EvaluationException(
                $"the number of metrics ({spec.Funcs.Count}) and expected getters ({spec.Expected.Count}) must be the same");
        }

        return plan;
    }

    /// <summary>A getter entry that names a getter; null and <c>{}</c> placeholders are absent.</summary>
    private static GetterSpec? Present(GetterSpec? spec) => spec is null || string.IsNullOrEmpty(spec.Type) ? null : spec;

}

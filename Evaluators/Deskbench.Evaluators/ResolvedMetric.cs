using System.Text.Json.Nodes;
using Deskbench.Core.Tasks;

namespace Deskbench.Evaluators;

/// <summary>One metric of a task's evaluator with its getters looked up (null when the task gives no getter there).</summary>
internal sealed record ResolvedMetric(
    int Index,
    string Name,
    IMetric Metric,
    GetterSpec? Result,
    IGetter? ResultGetter,
    GetterSpec? Expected,
    IGetter? ExpectedGetter,
    JsonObject Options);

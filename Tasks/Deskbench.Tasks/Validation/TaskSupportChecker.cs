using Deskbench.Core.Tasks;
using static Deskbench.Tasks.Validation.JsonDescriptions;

namespace Deskbench.Tasks.Validation;

/// <summary>
/// Finds the setup step types, getters and metrics a task names that a build does not implement. These are not errors in
/// the task, they mean "this platform cannot run it yet"; each is reported as <c>unsupported: kind 'name'</c>.
/// </summary>
public static class TaskSupportChecker
{
    public static IReadOnlyList<TaskProblem> FindUnsupported(TaskSpec task, SupportedFeatures supported) =>
        [.. Find(task, supported).Select(f => f.Problem)];

    internal static IReadOnlyList<UnsupportedFinding> Find(TaskSpec task, SupportedFeatures supported)
    {
        var findings = new List<UnsupportedFinding>();
        void Report(string kind, string name, string path) =>
            findings.Add(new UnsupportedFinding(kind, name, new TaskProblem(task.SourcePath, path, FeatureKinds.UnsupportedMessage(kind, name))));

        CheckSteps(task.Config, "$.config", supported, Report);

        var evaluator = task.Evaluator;
        for (var i = 0; i < evaluator.Funcs.Count; i++)
        {
            var func = evaluator.Funcs[i];
            if (func != FeatureKinds.InfeasibleMetric && !supported.Metrics.Contains(func))
            {
                Report(FeatureKinds.Metric, func, evaluator.IsList ? Index("$.evaluator.func", i) : "$.evaluator.func");
            }
        }

        if (!evaluator.IsInfeasible)
        {
            CheckGetters(evaluator.Results, "$.evaluator.result", evaluator.IsList, supported, Report);
            CheckGetters(evaluator.Expected, "$.evaluator.expected", evaluator.IsList, supported, Report);
        }

        CheckSteps(evaluator.Postconfig, "$.evaluator.postconfig", supported, Report);
        return findings;
    }

    private static void CheckSteps(IReadOnlyList<SetupStep> steps, string path, SupportedFeatures supported, Action<string, string, string> report)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (!supported.SetupStepTypes.Contains(steps[i].Type))
            {
                report(FeatureKinds.SetupStep, steps[i].Type, $"{Index(path, i)}.type");
            }
        }
    }

    private static void CheckGetters(
        IReadOnlyList<GetterSpec?> getters, string path, bool isList, SupportedFeatures supported, Action<string, string, string> report)
    {
        for (var i = 0; i < getters.Count; i++)
        {
            if (getters[i] is { } getter && !supported.Getters.Contains(getter.Type))
            {
                report(FeatureKinds.Getter, getter.Type, $"{(isList ? Index(path, i) : path)}.type");
            }
        }
    }
}

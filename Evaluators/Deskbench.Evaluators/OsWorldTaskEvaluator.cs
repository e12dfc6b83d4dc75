using Deskbench.Core.Evaluation;
using Deskbench.Core.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Evaluators;

/// <summary>
/// OSWorld's <c>DesktopEnv.evaluate()</c>:
/// <list type="number">
/// <item>getter and metric names are resolved first (an unknown one throws <see cref="UnsupportedFeatureException"/>);</item>
/// <item><c>postconfig</c> runs through the setup runner;</item>
/// <item><c>infeasible</c> scores 1 iff the last action is FAIL; otherwise a last action FAIL scores 0;</item>
/// <item>a single metric: a result getter's FileNotFoundError scores 0, else <c>metric(result, expected?, **options)</c>;</item>
/// <item>a list: <c>and</c> stops at the first 0 (and at a FileNotFoundError) else gives the mean; <c>or</c> stops at the
/// first 1 else gives the max.</item>
/// </list>
/// Deviations, both where OSWorld crashes: under <c>or</c>, a result getter's FileNotFoundError scores that metric 0 and
/// evaluation goes on (OSWorld falls through with an unset or stale result, its latent bug); a null entry in an
/// <c>expected</c> list calls that metric without an expected value (OSWorld calls None). Any other getter/metric/postconfig
/// failure is an <see cref="EvaluationException"/> (an evaluation error, not a score), as an exception is in OSWorld.
/// </summary>
public sealed class OsWorldTaskEvaluator(
    GetterRegistry getters,
    MetricRegistry metrics,
    ILogger<OsWorldTaskEvaluator>? logger = null,
    TimeProvider? clock = null) : ITaskEvaluator
{
    private readonly ILogger logger = logger ?? NullLogger<OsWorldTaskEvaluator>.Instance;
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public IReadOnlyCollection<string> SupportedGetters => getters.Names;

    public IReadOnlyCollection<string> SupportedMetrics => metrics.Names;

    /// <summary>An evaluator with this project's built-in getters and metrics.</summary>
    public static OsWorldTaskEvaluator CreateDefault(ILogger<OsWorldTaskEvaluator>? logger = null) =>
        new(GetterRegistry.CreateDefault(), MetricRegistry.CreateDefault(), logger);

    public async Task<EvaluationResult> EvaluateAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var task = context.Setup.Task;
        var spec = task.Evaluator;
        var plan = EvaluationPlan.Resolve(spec, getters, metrics);
        await RunPostconfigAsync(context, spec, cancellationToken);

        var lastAction = context.ActionHistory.Count > 0 ? context.ActionHistory[^1] : null;
        var lastIsFail = lastAction?.IsFail == true;
        if (spec.IsInfeasible)
        {
            var score = lastIsFail ? 1.0 : 0.0;
            logger.LogInformation("Task {TaskId} is infeasible; last action FAIL: {LastIsFail}", task.Id, lastIsFail);
            return new EvaluationResult(score, [new MetricScore(Metrics.InfeasibleMetric.MetricName, score)],
                lastIsFail ? "infeasible: the agent answered FAIL" : "infeasible: the agent did not answer FAIL");
        }

        if (lastIsFail)
        {
            logger.LogInformation("Task {TaskId} is feasible but the last action is FAIL: score 0", task.Id);
            return new EvaluationResult(0.0, [], "the last action is FAIL on a feasible task");
        }

        Directory.CreateDirectory(context.Setup.CacheDirectory);
        var getterContext = new GetterContext(task, context.Setup.Environment, context.Setup.CacheDirectory, context.Setup.Assets)
        {
            Clock = clock,
        };
        var runner = new MetricRunner(getterContext, logger);
        var result = spec.IsList
            ? await ScoreListAsync(EvaluationPlan.CheckListLengths(plan, spec), spec.Conj, runner, cancellationToken)
            : await ScoreSingleAsync(plan, runner, cancellationToken);
        logger.LogInformation("Task {TaskId} scored {Score}", task.Id, result.Score);
        return result;
    }

    private static async Task RunPostconfigAsync(EvaluationContext context, EvaluatorSpec spec, CancellationToken cancellationToken)
    {
        if (spec.Postconfig.Count == 0)
        {
            return;
        }

        try
        {
            await context.SetupRunner.RunAsync(spec.Postconfig, context.Setup, cancellationToken);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or UnsupportedFeatureException or EvaluationException))
        {
            throw new EvaluationException($"postconfig failed: {ex.Message}", ex);
        }
    }

    private static async Task<EvaluationResult> ScoreSingleAsync(
        IReadOnlyList<ResolvedMetric> plan, MetricRunner runner, CancellationToken cancellationToken)
    {
        var metric = plan[0];
        var outcome = await runner.RunAsync(metric, cancellationToken);
        return new EvaluationResult(outcome.Score, [new MetricScore(metric.Name, outcome.Score, outcome.Note)], outcome.Note);
    }

    private static async Task<EvaluationResult> ScoreListAsync(
        IReadOnlyList<ResolvedMetric> plan, string conj, MetricRunner runner, CancellationToken cancellationToken)
    {
        // OSWorld compares conj with "and" and "or" exactly; any other value runs every metric and takes the max.
        var isAnd = string.Equals(conj, "and", StringComparison.Ordinal);
        var isOr = string.Equals(conj, "or", StringComparison.Ordinal);
        var scores = new List<MetricScore>();
        foreach (var metric in plan)
        {
            var outcome = await runner.RunAsync(metric, cancellationToken);
            scores.Add(new MetricScore(metric.Name, outcome.Score, outcome.Note));
            if (isAnd && (outcome.ResultFileMissing || outcome.Score == 0.0))
            {
                return new EvaluationResult(0.0, scores, $"and: metric {metric.Index} ({metric.Name}) scored 0");
            }

            if (isOr && outcome.Score == 1.0)
            {
                return new EvaluationResult(1.0, scores, $"or: metric {metric.Index} ({metric.Name}) scored 1");
            }
        }

        var values = scores.Select(score => score.Score).ToList();
        return isAnd
            ? new EvaluationResult(values.Average(), scores, "and: the mean of the metrics")
            : new EvaluationResult(values.Max(), scores, $"{conj}: the best metric");
    }
}

using System.Text.Json.Nodes;
using Deskbench.Core.Evaluation;
using Deskbench.Core.Tasks;
using Microsoft.Extensions.Logging;

namespace Deskbench.Evaluators;

/// <summary>Runs one metric: its result getter, its expected getter, then the metric, mapping failures as OSWorld does.</summary>
internal sealed class MetricRunner(GetterContext context, ILogger logger)
{
    public async Task<MetricOutcome> RunAsync(ResolvedMetric metric, CancellationToken cancellationToken)
    {
        if (metric.Result is null || metric.ResultGetter is null)
        {
            throw new EvaluationException($"metric {metric.Index} ({metric.Name}) has no result getter");
        }

        JsonNode? result;
        try
        {
            result = await metric.ResultGetter.GetAsync(context, metric.Result.Spec, cancellationToken);
        }
        catch (GetterFileNotFoundException ex)
        {
            logger.LogWarning("Result getter {Getter} of metric {Metric}: file not found ({Path}); the metric scores 0",
                metric.Result.Type, metric.Name, ex.Path);
            return new MetricOutcome(0.0, ResultFileMissing: true, $"result file not found: {ex.Path}");
        }
        catch (Exception ex) when (IsEvaluationFailure(ex, cancellationToken))
        {
            throw new EvaluationException(
                $"result getter '{metric.Result.Type}' of metric {metric.Index} ({metric.Name}) failed: {ex.Message}", ex);
        }

        JsonNode? expected = null;
        if (metric.Expected is not null && metric.ExpectedGetter is not null)
        {
            try
            {
                expected = await metric.ExpectedGetter.GetAsync(context, metric.Expected.Spec, cancellationToken);
            }
            catch (Exception ex) when (IsEvaluationFailure(ex, cancellationToken))
            {
                throw new EvaluationException(
                    $"expected getter '{metric.Expected.Type}' of metric {metric.Index} ({metric.Name}) failed: {ex.Message}", ex);
            }
        }

        var call = new MetricCall(result, expected, metric.Expected is not null, metric.Options);
        double score;
        try
        {
            score = await metric.Metric.EvaluateAsync(call, cancellationToken);
        }
        catch (Exception ex) when (IsEvaluationFailure(ex, cancellationToken))
        {
            throw new EvaluationException($"metric {metric.Index} ({metric.Name}) failed: {ex.Message}", ex);
        }

        logger.LogDebug("Metric {Index} ({Metric}) scored {Score}", metric.Index, metric.Name, score);
        return new MetricOutcome(score, ResultFileMissing: false);
    }

    /// <summary>Everything but cancellation of this evaluation and errors that already say what they are.</summary>
    private static bool IsEvaluationFailure(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => false,
        UnsupportedFeatureException or EvaluationException => false,
        _ => true,
    };
}

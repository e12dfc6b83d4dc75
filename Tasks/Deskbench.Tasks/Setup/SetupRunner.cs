using System.Diagnostics;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Tasks.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Tasks.Setup;

/// <summary>
/// Runs a task's <c>config</c> or <c>evaluator.postconfig</c> steps in order, dispatching each to the
/// <see cref="ISetupStep"/> registered under its type. Every type is checked before anything runs (an unknown one throws
/// <see cref="UnsupportedFeatureException"/>); a failing step throws <see cref="SetupStepException"/> carrying the step's
/// 0-based index, its type and the original exception (e.g. <c>GuestUnavailableException</c>, <c>AssetNotCachedException</c>)
/// as <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class SetupRunner : ISetupRunner
{
    private readonly Dictionary<string, ISetupStep> _steps;
    private readonly ILogger<SetupRunner> _logger;

    public SetupRunner(IEnumerable<ISetupStep> steps, ILogger<SetupRunner>? logger = null)
    {
        _steps = new Dictionary<string, ISetupStep>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!_steps.TryAdd(step.Type, step))
            {
                throw new ArgumentException($"two setup steps are registered as '{step.Type}'", nameof(steps));
            }
        }

        _logger = logger ?? NullLogger<SetupRunner>.Instance;
    }

    public IReadOnlyCollection<string> SupportedTypes => _steps.Keys;

    /// <summary>A runner with <see cref="SetupSteps.CreateDefault"/>.</summary>
    public static SetupRunner CreateDefault(
        SetupRunnerOptions? options = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null) =>
        new(SetupSteps.CreateDefault(options, timeProvider, loggerFactory), loggerFactory?.CreateLogger<SetupRunner>());

    public async Task RunAsync(IReadOnlyList<SetupStep> steps, SetupContext context, CancellationToken cancellationToken)
    {
        foreach (var step in steps)
        {
            if (!_steps.ContainsKey(step.Type))
            {
                throw new UnsupportedFeatureException(FeatureKinds.SetupStep, step.Type);
            }
        }

        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            var started = Stopwatch.GetTimestamp();
            _logger.LogInformation("task {TaskId}: setup step {Index}/{Count} {Type} {Parameters}",
                context.Task.Id, index + 1, steps.Count, step.Type, step.Parameters.ToJsonString());
            try
            {
                await _steps[step.Type].RunAsync(step.Parameters, context, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "task {TaskId}: setup step {Index} ({Type}) failed", context.Task.Id, index, step.Type);
                throw new SetupStepException(index, step.Type, ex.Message, ex);
            }

            _logger.LogDebug("task {TaskId}: setup step {Index} ({Type}) done in {Elapsed} ms",
                context.Task.Id, index, step.Type, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}

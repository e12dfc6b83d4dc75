using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;

namespace Deskbench.Evaluators.Tests.Support;

/// <summary>A setup runner for tasks without postconfig: being asked to run any step fails the test.</summary>
public sealed class NoStepsSetupRunner : ISetupRunner
{
    public IReadOnlyCollection<string> SupportedTypes { get; } = [];

    public Task RunAsync(IReadOnlyList<SetupStep> steps, SetupContext context, CancellationToken cancellationToken) =>
        steps.Count == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException($"no setup steps expected, got {steps.Count}");
}

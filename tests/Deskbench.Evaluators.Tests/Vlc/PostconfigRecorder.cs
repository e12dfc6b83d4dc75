using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;

namespace Deskbench.Evaluators.Tests.Vlc;

/// <summary>
/// A setup runner that records a task's postconfig steps instead of running them (they close or restart applications
/// this machine does not run); the state they would make the application save is written by the test.
/// </summary>
internal sealed class PostconfigRecorder : ISetupRunner
{
    public IReadOnlyCollection<string> SupportedTypes { get; } = ["launch", "execute", "sleep", "close_window"];

    public List<string> Recorded { get; } = [];

    public Task RunAsync(IReadOnlyList<SetupStep> steps, SetupContext context, CancellationToken cancellationToken)
    {
        Recorded.AddRange(steps.Select(step => step.Type));
        return Task.CompletedTask;
    }
}

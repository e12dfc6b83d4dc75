using Deskbench.Core.Tasks;

namespace Deskbench.Core.Setup;

/// <summary>Runs <c>config</c> and <c>postconfig</c> steps against an environment.</summary>
public interface ISetupRunner
{
    /// <summary>Step types this runner implements.</summary>
    IReadOnlyCollection<string> SupportedTypes { get; }

    /// <summary>
    /// Runs the steps in order. A failing step throws <see cref="SetupStepException"/>; an unknown type throws
    /// <see cref="UnsupportedFeatureException"/> before any step runs.
    /// </summary>
    Task RunAsync(IReadOnlyList<SetupStep> steps, SetupContext context, CancellationToken cancellationToken);
}

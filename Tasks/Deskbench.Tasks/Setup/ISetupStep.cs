using System.Text.Json.Nodes;
using Deskbench.Core.Setup;

namespace Deskbench.Tasks.Setup;

/// <summary>
/// One setup step type (OSWorld's <c>_&lt;type&gt;_setup</c>). Implementations talk to the desktop only through
/// <c>context.Environment.Guest</c>. Throwing fails the step; <see cref="SetupRunner"/> wraps the exception in a
/// <see cref="SetupStepException"/> with the step's index and type.
/// </summary>
public interface ISetupStep
{
    /// <summary>The <c>type</c> name used in task files.</summary>
    string Type { get; }

    /// <param name="parameters">The step's <c>parameters</c> object (must not be modified).</param>
    /// <param name="context">Task, environment, cache folder and asset cache.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken);
}

using System.Text.Json.Nodes;
using Deskbench.Core.Setup;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary><c>command</c>: OSWorld's alias of <c>execute</c>.</summary>
public sealed class CommandStep(ExecuteStep execute) : ISetupStep
{
    public string Type => "command";

    public Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken) =>
        execute.RunAsync(parameters, context, cancellationToken);
}

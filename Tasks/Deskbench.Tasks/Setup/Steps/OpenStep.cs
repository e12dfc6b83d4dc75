using System.Text.Json.Nodes;
using Deskbench.Core.Setup;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary><c>open</c> {path}: opens a file with its default application and waits for its window (<c>/setup/open_file</c>).</summary>
public sealed class OpenStep : ISetupStep
{
    public string Type => "open";

    public Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken) =>
        context.Environment.Guest.OpenFileAsync(StepParameters.RequireString(parameters, "path"), cancellationToken);
}

using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Microsoft.Extensions.Logging;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>activate_window</c> {window_name, strict=false, by_class=false}: raises and focuses a window (wmctrl <c>-a</c>).
/// When no window matches the step still succeeds, with a warning: OSWorld's Linux server runs wmctrl and answers 200
/// either way, and its client only logs failures.
/// </summary>
public sealed class ActivateWindowStep(ILogger<ActivateWindowStep> logger) : ISetupStep
{
    public string Type => "activate_window";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var query = WindowQueryReader.Read(parameters);
        if (!await context.Environment.Guest.ActivateWindowAsync(query, cancellationToken))
        {
            logger.LogWarning("activate_window: no window matches {Query}; continuing as OSWorld does", query);
        }
    }
}

using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Microsoft.Extensions.Logging;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>close_window</c> {window_name, strict=false, by_class=false}: closes a window gracefully (wmctrl <c>-c</c>).
/// When no window matches the step still succeeds, with a warning, as in OSWorld (server answers 200, client only logs).
/// </summary>
public sealed class CloseWindowStep(ILogger<CloseWindowStep> logger) : ISetupStep
{
    public string Type => "close_window";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var query = WindowQueryReader.Read(parameters);
        if (!await context.Environment.Guest.CloseWindowAsync(query, cancellationToken))
        {
            logger.LogWarning("close_window: no window matches {Query}; continuing as OSWorld does", query);
        }
    }
}

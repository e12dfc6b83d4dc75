using System.Text.Json.Nodes;
using Deskbench.Core.Setup;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary><c>sleep</c> {seconds}: a host-side pause.</summary>
public sealed class SleepStep(TimeProvider timeProvider) : ISetupStep
{
    public string Type => "sleep";

    public Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var seconds = StepParameters.RequireNumber(parameters, "seconds");
        if (seconds < 0 || double.IsNaN(seconds))
        {
            throw StepParameters.Invalid("seconds", $"expected a non-negative number, got {seconds}");
        }

        return Task.Delay(TimeSpan.FromSeconds(seconds), timeProvider, cancellationToken);
    }
}

using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Core.Setup;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>launch</c> {command, shell=false}: starts a program without waiting (<c>/setup/launch</c>). As OSWorld's client does,
/// a non-shell string command with spaces is split on whitespace, and with the proxy enabled (and <c>"proxy": true</c> in
/// the task) a <c>google-chrome</c> command gets <c>--proxy-server=…</c> appended. No placeholder substitution (OSWorld
/// substitutes in <c>execute</c>/<c>command</c> only).
/// </summary>
public sealed class LaunchStep(SetupRunnerOptions options) : ISetupStep
{
    public string Type => "launch";

    public Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var command = StepParameters.RequireCommand(parameters, "command").DeepClone();
        var shell = StepParameters.OptionalBoolean(parameters, "shell", false);

        if (!shell && command is JsonValue && command.GetValue<string>().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words)
        {
            command = new JsonArray([.. words.Select(w => (JsonNode?)JsonValue.Create(w))]);
        }

        if (command is JsonArray arguments
            && arguments[0]!.GetValue<string>() == "google-chrome"
            && options.EnableChromeProxy
            && context.Task.Proxy)
        {
            arguments.Add($"--proxy-server={options.ChromeProxyServer}");
        }

        return context.Environment.Guest.LaunchAsync(new CommandRequest(command, shell), cancellationToken);
    }
}

using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Core.Setup;
using Deskbench.Tasks.Validation;
using Microsoft.Extensions.Logging;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>execute_with_verification</c> {command, shell=false, verification={window_exists, command_success},
/// max_wait_time=10, check_interval=1}: runs the command, then checks the verification every <c>check_interval</c>
/// seconds for up to <c>max_wait_time</c> seconds; the step fails when it never passes. Implemented host-side over the
/// guest client (OSWorld does it inside its server):
/// <list type="bullet">
/// <item><c>window_exists</c>: a window title containing the string (case-insensitive), or an object
/// {window_name, strict?, by_class?} with wmctrl's matching.</item>
/// <item><c>command_success</c>: a shell command string, or an object {command, shell?}; passes on return code 0
/// (5 s limit per check).</item>
/// </list>
/// </summary>
public sealed class ExecuteWithVerificationStep(TimeProvider timeProvider, ILogger<ExecuteWithVerificationStep> logger) : ISetupStep
{
    private static readonly TimeSpan VerificationCommandTimeout = TimeSpan.FromSeconds(5);

    public string Type => "execute_with_verification";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var command = StepParameters.RequireCommand(parameters, "command").DeepClone();
        var shell = StepParameters.OptionalBoolean(parameters, "shell", false);
        var verification = StepParameters.OptionalObject(parameters, "verification") ?? [];
        var maxWait = TimeSpan.FromSeconds(StepParameters.OptionalNumber(parameters, "max_wait_time") ?? 10);
        var interval = TimeSpan.FromSeconds(StepParameters.OptionalNumber(parameters, "check_interval") ?? 1);
        var guest = context.Environment.Guest;

        var result = await guest.ExecuteAsync(new CommandRequest(command, shell), cancellationToken);
        if (result.Status != "success")
        {
            throw new InvalidOperationException($"execute_with_verification: the guest could not run the command: {result.Error}");
        }

        if (verification.Count == 0)
        {
            return;
        }

        var started = timeProvider.GetTimestamp();
        while (timeProvider.GetElapsedTime(started) < maxWait)
        {
            if (await PassesAsync(verification, guest, cancellationToken))
            {
                return;
            }

            await Task.Delay(interval, timeProvider, cancellationToken);
        }

        throw new InvalidOperationException(
            $"execute_with_verification: verification {verification.ToJsonString()} failed within {maxWait.TotalSeconds:0.#} s");
    }

    private async Task<bool> PassesAsync(JsonObject verification, IGuestClient guest, CancellationToken cancellationToken)
    {
        if (verification["window_exists"] is { } window && !await WindowExistsAsync(window, guest, cancellationToken))
        {
            return false;
        }

        return verification["command_success"] is not { } check || await CommandSucceedsAsync(check, guest, cancellationToken);
    }

    private async Task<bool> WindowExistsAsync(JsonNode spec, IGuestClient guest, CancellationToken cancellationToken)
    {
        var query = spec is JsonObject parameters
            ? WindowQueryReader.Read(parameters)
            : JsonDescriptions.IsString(spec)
                ? new WindowQuery(spec.GetValue<string>())
                : throw StepParameters.Invalid("verification.window_exists", JsonDescriptions.Expected("a string or an object {window_name, strict, by_class}", spec));
        try
        {
            var windows = await guest.ListWindowsAsync(cancellationToken);
            return windows.Any(w => WindowMatcher.Matches(w, query));
        }
        catch (GuestUnavailableException ex)
        {
            logger.LogDebug(ex, "execute_with_verification: listing windows failed");
            return false;
        }
    }

    private async Task<bool> CommandSucceedsAsync(JsonNode spec, IGuestClient guest, CancellationToken cancellationToken)
    {
        var request = spec is JsonObject parameters
            ? new CommandRequest(
                StepParameters.RequireCommand(parameters, "command").DeepClone(),
                StepParameters.OptionalBoolean(parameters, "shell", JsonDescriptions.IsString(parameters["command"])),
                VerificationCommandTimeout)
            : JsonDescriptions.IsString(spec)
                ? new CommandRequest(spec.DeepClone(), Shell: true, VerificationCommandTimeout)
                : throw StepParameters.Invalid("verification.command_success", JsonDescriptions.Expected("a string or an object {command, shell}", spec));
        try
        {
            return (await guest.ExecuteAsync(request, cancellationToken)).Succeeded;
        }
        catch (GuestUnavailableException ex)
        {
            logger.LogDebug(ex, "execute_with_verification: the verification command failed");
            return false;
        }
    }
}

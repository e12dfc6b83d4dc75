using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Core.Setup;
using Deskbench.Tasks.Validation;
using Microsoft.Extensions.Logging;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>execute</c> {command, stdout="", stderr="", shell=false, until={returncode|stdout|stderr}}: runs a command in the
/// guest to completion, after substituting the placeholders (<see cref="CommandPlaceholders"/>). <c>stdout</c>/<c>stderr</c>
/// name files in the task's cache folder that receive the output. With <c>until</c>, the command is repeated every
/// <see cref="SetupRunnerOptions.ExecuteRetryInterval"/> until one of the conditions holds (return code equal, or the
/// text contained in stdout/stderr) or <see cref="SetupRunnerOptions.ExecuteMaxFailures"/> attempts failed.
/// </summary>
/// <remarks>
/// As in OSWorld, a non-zero return code or a command the guest could not start does not fail the step (it is logged).
/// Unlike OSWorld, a guest that cannot be reached (<see cref="GuestUnavailableException"/>) fails it, so the harness can
/// retry the episode on a fresh environment, and an <c>until</c> that never holds fails after
/// <see cref="SetupRunnerOptions.ExecuteUntilTimeout"/> instead of looping forever.
/// </remarks>
public sealed class ExecuteStep(SetupRunnerOptions options, TimeProvider timeProvider, ILogger<ExecuteStep> logger) : ISetupStep
{
    public string Type => "execute";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var command = StepParameters.RequireCommand(parameters, "command");
        var shell = StepParameters.OptionalBoolean(parameters, "shell", false);
        var stdoutFile = StepParameters.OptionalString(parameters, "stdout");
        var stderrFile = StepParameters.OptionalString(parameters, "stderr");
        var until = StepParameters.OptionalObject(parameters, "until") ?? [];

        var values = PlaceholderValues.For(options.ClientPassword, context.Environment.ScreenSize);
        var request = new CommandRequest(CommandPlaceholders.Substitute(command, values), shell);
        var started = timeProvider.GetTimestamp();
        var failures = 0;

        while (true)
        {
            CommandResult? result = null;
            GuestUnavailableException? unreachable = null;
            try
            {
                result = await context.Environment.Guest.ExecuteAsync(request, cancellationToken);
            }
            catch (GuestUnavailableException ex)
            {
                unreachable = ex;
            }

            if (result is { Status: "success" })
            {
                await SaveOutputAsync(context.CacheDirectory, stdoutFile, result.Output, cancellationToken);
                await SaveOutputAsync(context.CacheDirectory, stderrFile, result.Error, cancellationToken);
            }
            else
            {
                failures++;
                logger.LogWarning("execute {Command} failed in the guest: {Reason}",
                    request.Command.ToJsonString(), unreachable?.Message ?? $"status {result?.Status}: {result?.Error}");
            }

            if (until.Count == 0 || failures >= options.ExecuteMaxFailures)
            {
                if (unreachable is not null)
                {
                    throw unreachable;
                }

                return;
            }

            if (result is { Status: "success" } && UntilHolds(until, result))
            {
                return;
            }

            if (timeProvider.GetElapsedTime(started) >= options.ExecuteUntilTimeout)
            {
                throw new TimeoutException(
                    $"execute: the condition {until.ToJsonString()} did not hold within {options.ExecuteUntilTimeout.TotalSeconds:0.#} s");
            }

            await Task.Delay(options.ExecuteRetryInterval, timeProvider, cancellationToken);
        }
    }

    /// <summary>OSWorld: <c>returncode == until.returncode or until.stdout in output or until.stderr in error</c>.</summary>
    internal static bool UntilHolds(JsonObject until, CommandResult result) =>
        (until["returncode"] is JsonValue code && code.GetValueKind() == JsonValueKind.Number && JsonDescriptions.NumberOf(code) == result.ReturnCode)
        || (until["stdout"] is JsonValue stdout && stdout.GetValueKind() == JsonValueKind.String
            && result.Output.Contains(stdout.GetValue<string>(), StringComparison.Ordinal))
        || (until["stderr"] is JsonValue stderr && stderr.GetValueKind() == JsonValueKind.String
            && result.Error.Contains(stderr.GetValue<string>(), StringComparison.Ordinal));

    private static async Task SaveOutputAsync(string cacheDirectory, string? fileName, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return;
        }

        var path = Path.Combine(cacheDirectory, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text, cancellationToken);
    }
}

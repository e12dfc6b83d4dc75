using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Microsoft.Extensions.Logging;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>googledrive</c> {settings_file, operation:[delete|mkdirs|upload], args:[…]}: OSWorld prepares a real Google Drive
/// through PyDrive. Without account settings (<see cref="SetupRunnerOptions.AccountSettingsDirectory"/>) the step fails with
/// <see cref="AccountSettingsRequiredException"/> (the task is reported as not run). With settings, the Drive client itself
/// is not part of this build (it needs internet access): the step fails with <see cref="UnsupportedFeatureException"/>.
/// The parameters are checked first, so a malformed step is reported as such.
/// </summary>
public sealed class GoogleDriveStep(SetupRunnerOptions options, ILogger<GoogleDriveStep> logger) : ISetupStep
{
    private static readonly string[] Operations = ["delete", "mkdirs", "upload"];

    public string Type => "googledrive";

    public Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var settingsFile = StepParameters.RequireString(parameters, "settings_file");
        var operations = parameters["operation"] as JsonArray
            ?? throw StepParameters.Invalid("operation", "expected an array of operation names");
        var arguments = parameters["args"] as JsonArray
            ?? throw StepParameters.Invalid("args", "expected an array of argument objects");
        if (operations.Count != arguments.Count)
        {
            throw StepParameters.Invalid("args", $"expected one entry per operation ({operations.Count}), got {arguments.Count}");
        }

        for (var i = 0; i < operations.Count; i++)
        {
            var name = operations[i] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
            if (name is null || !Operations.Contains(name, StringComparer.Ordinal))
            {
                throw StepParameters.Invalid($"operation[{i}]", $"expected one of {string.Join(", ", Operations)}, got {operations[i]?.ToJsonString() ?? "null"}");
            }
        }

        var settings = AccountSettingsLocator.Require(Type, settingsFile, options.AccountSettingsDirectory);
        logger.LogWarning("task {TaskId}: googledrive settings found at {Settings}, but this build has no Google Drive client",
            context.Task.Id, settings);
        throw new UnsupportedFeatureException("setup step", "googledrive (Google Drive client)");
    }
}

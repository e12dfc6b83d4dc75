using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Microsoft.Extensions.Logging;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>login</c> {settings_file, platform:"googledrive"}: OSWorld signs the desktop's Chrome into a Google account with the
/// e-mail and password of a settings JSON. Without account settings (<see cref="SetupRunnerOptions.AccountSettingsDirectory"/>)
/// the step fails with <see cref="AccountSettingsRequiredException"/> (the task is reported as not run). With settings, the
/// settings file is checked (a JSON object with <c>email</c> and <c>password</c>); the sign-in itself needs internet access
/// and is not part of this build (<see cref="UnsupportedFeatureException"/>).
/// </summary>
public sealed class LoginStep(SetupRunnerOptions options, ILogger<LoginStep> logger) : ISetupStep
{
    public string Type => "login";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var settingsFile = StepParameters.RequireString(parameters, "settings_file");
        var platform = StepParameters.RequireString(parameters, "platform");
        if (platform != "googledrive")
        {
            throw StepParameters.Invalid("platform", $"expected \"googledrive\" (the only platform OSWorld supports), got \"{platform}\"");
        }

        var settings = AccountSettingsLocator.Require(Type, settingsFile, options.AccountSettingsDirectory);
        var account = JsonNode.Parse(await File.ReadAllTextAsync(settings, cancellationToken)) as JsonObject;
        if (account?["email"] is null || account["password"] is null)
        {
            throw new AccountSettingsRequiredException(Type, settingsFile, $"{settings} has no \"email\" and \"password\"");
        }

        logger.LogWarning("task {TaskId}: login settings found at {Settings}, but this build cannot sign in to Google",
            context.Task.Id, settings);
        throw new UnsupportedFeatureException("setup step", "login (Google sign-in)");
    }
}

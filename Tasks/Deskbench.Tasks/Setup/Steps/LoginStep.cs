using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>login</c> {settings_file, platform:"googledrive"}: signs the desktop's Chrome into a Google account as OSWorld does:
/// over CDP (<see cref="ChromeStepEnvironment"/>) it opens a new tab of the user's context on Google Drive
/// (https://drive.google.com/drive/my-drive, which redirects to the sign-in form; a load that does not finish in time is
/// only logged), waits up to 3 s for <c>input[type="email"]</c>, fills the settings' <c>email</c>, clicks
/// <c>#identifierNext &gt; div &gt; button</c>, waits up to 5 s for <c>input[type="password"]</c>, fills <c>password</c>,
/// clicks <c>#passwordNext &gt; div &gt; button</c> and waits up to 5 s for the page load. A form that does not appear in
/// time (already signed in, a changed page) is logged and the step ends, as in OSWorld.
/// The settings JSON may set <c>deskbench_login_url</c> to open another page (tests serve a sign-in form on loopback).
/// Without account settings (<see cref="SetupRunnerOptions.AccountSettingsDirectory"/>) or without e-mail and password the
/// step fails with <see cref="AccountSettingsRequiredException"/> (the task is reported as not run).
/// </summary>
public sealed class LoginStep(SetupRunnerOptions options, ChromeStepOptions chromeOptions, ILogger<LoginStep> logger) : ISetupStep
{
    /// <summary>OSWorld's page for the <c>googledrive</c> platform.</summary>
    public const string GoogleDriveUrl = "https://drive.google.com/drive/my-drive";

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
        var account = await ReadAccountAsync(settings, settingsFile, cancellationToken);
        var url = Text(account, "deskbench_login_url") ?? GoogleDriveUrl;

        await using var chrome = await ChromeStepConnection.ConnectAsync(context.Environment, chromeOptions, cancellationToken);
        var page = await chrome.Context.NewPageAsync().WaitAsync(cancellationToken);
        try
        {
            await page.GotoAsync(url, new PageGotoOptions { Timeout = (float)chromeOptions.NavigationTimeout.TotalMilliseconds }).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            logger.LogWarning("login: opening {Url} did not finish: {Reason}", url, ex.Message.Split('\n')[0]);
        }

        try
        {
            await page.WaitForSelectorAsync("input[type=\"email\"]", new() { State = WaitForSelectorState.Visible, Timeout = 3000 }).WaitAsync(cancellationToken);
            await page.FillAsync("input[type=\"email\"]", Text(account, "email")!).WaitAsync(cancellationToken);
            await page.ClickAsync("#identifierNext > div > button").WaitAsync(cancellationToken);
            await page.WaitForSelectorAsync("input[type=\"password\"]", new() { State = WaitForSelectorState.Visible, Timeout = 5000 }).WaitAsync(cancellationToken);
            await page.FillAsync("input[type=\"password\"]", Text(account, "password")!).WaitAsync(cancellationToken);
            await page.ClickAsync("#passwordNext > div > button").WaitAsync(cancellationToken);
            await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 5000 }).WaitAsync(cancellationToken);
            logger.LogInformation("task {TaskId}: login submitted the sign-in form of {Url}", context.Task.Id, url);
        }
        catch (TimeoutException ex)
        {
            logger.LogWarning("task {TaskId}: login: timeout while waiting for the sign-in page of {Url}: {Reason}",
                context.Task.Id, url, ex.Message.Split('\n')[0]);
        }
    }

    private static async Task<JsonObject> ReadAccountAsync(string settings, string settingsFile, CancellationToken cancellationToken)
    {
        JsonObject? account;
        try
        {
            account = JsonNode.Parse(await File.ReadAllTextAsync(settings, cancellationToken)) as JsonObject;
        }
        catch (JsonException ex)
        {
            throw new AccountSettingsRequiredException("login", settingsFile, $"{settings} is not valid JSON: {ex.Message}");
        }

        if (account is null || Text(account, "email") is null || Text(account, "password") is null)
        {
            throw new AccountSettingsRequiredException("login", settingsFile, $"{settings} has no \"email\" and \"password\"");
        }

        return account;
    }

    private static string? Text(JsonObject account, string key) =>
        account[key] is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0 ? text : null;
}

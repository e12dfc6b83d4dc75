using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>chrome_open_tabs</c> {urls_to_open}: connects to the desktop's Chrome over CDP (<see cref="ChromeStepEnvironment"/>)
/// and opens each URL in a new tab of the user's context; a page that does not load within the navigation timeout is left
/// as it is (OSWorld only logs it). After the first new tab, Chrome's original first tab is closed, as in OSWorld. Chrome
/// unreachable fails the step.
/// </summary>
public sealed class ChromeOpenTabsStep(ChromeStepOptions options, ILogger<ChromeOpenTabsStep> logger) : ISetupStep
{
    public string Type => "chrome_open_tabs";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var urls = ChromeStepParameters.RequireUrls(parameters, "urls_to_open");
        if (urls.Count == 0)
        {
            return;
        }

        await using var chrome = await ChromeStepConnection.ConnectAsync(context.Environment, options, cancellationToken);
        var browserContext = chrome.Context;
        for (var i = 0; i < urls.Count; i++)
        {
            var page = await browserContext.NewPageAsync().WaitAsync(cancellationToken);
            try
            {
                await page.GotoAsync(urls[i], new PageGotoOptions { Timeout = (float)options.NavigationTimeout.TotalMilliseconds })
                    .WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                logger.LogWarning("chrome_open_tabs: opening {Url} did not finish: {Reason}", urls[i], ex.Message.Split('\n')[0]);
            }

            if (i == 0 && browserContext.Pages.Count > 1 && browserContext.Pages[0] != page)
            {
                await browserContext.Pages[0].CloseAsync().WaitAsync(cancellationToken);
            }
        }
    }
}

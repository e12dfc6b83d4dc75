using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Deskbench.Core.Web;
using Microsoft.Extensions.Logging;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>chrome_close_tabs</c> {urls_to_close}: connects to the desktop's Chrome over CDP and, for each URL, closes the first
/// tab of the user's context whose URL matches it by OSWorld's <c>compare_urls</c>. A URL with no open tab is skipped.
/// </summary>
public sealed class ChromeCloseTabsStep(ChromeStepOptions options, ILogger<ChromeCloseTabsStep> logger) : ISetupStep
{
    public string Type => "chrome_close_tabs";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var urls = ChromeStepParameters.RequireUrls(parameters, "urls_to_close");
        if (urls.Count == 0)
        {
            return;
        }

        await using var chrome = await ChromeStepConnection.ConnectAsync(context.Environment, options, cancellationToken);
        var browserContext = chrome.Context;
        foreach (var url in urls)
        {
            var page = browserContext.Pages.FirstOrDefault(page => ChromeUrlComparison.CompareUrls(page.Url, url));
            if (page is null)
            {
                logger.LogInformation("chrome_close_tabs: no open tab matches {Url}", url);
                continue;
            }

            await page.CloseAsync().WaitAsync(cancellationToken);
        }
    }
}

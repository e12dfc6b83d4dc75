using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>open_tabs_info</c>: <c>[{title, url}]</c> of every tab, each read once its network is idle (30 s at most, then the
/// title is "Load timeout"; a tab that fails to answer gets "Error encountered"), as in OSWorld. Chrome unreachable is an
/// evaluation error (OSWorld launches a new Chrome and returns an empty list).
/// </summary>
public sealed class OpenTabsInfoGetter : IGetter
{
    private const float TimeoutMs = 30_000;

    public string Name => "open_tabs_info";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        await using var session = await ChromeSession.ConnectAsync(context.Environment, Name, cancellationToken);
        var tabs = new JsonArray();
        foreach (var page in session.Pages)
        {
            string title;
            try
            {
                title = await ChromePages.TryWaitAsync(page, LoadState.NetworkIdle, TimeoutMs, cancellationToken)
                    ? await page.TitleAsync().WaitAsync(cancellationToken)
                    : "Load timeout";
            }
            catch (PlaywrightException)
            {
                title = "Error encountered";
            }

            tabs.Add(new JsonObject { ["title"] = title, ["url"] = page.Url });
        }

        return tabs;
    }
}

using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>active_tab_info</c> <c>{goto_prefix?}</c>: loads the active tab's URL (as <c>active_url_from_accessTree</c> gives it)
/// in a new tab and returns <c>{title, url, content}</c>; "Load timeout" as the title after 60 s; None when there is no
/// active tab or the page cannot be opened. The extra tab is closed afterwards (OSWorld leaves it open).
/// </summary>
public sealed class ActiveTabInfoGetter : IGetter
{
    private const float TimeoutMs = 60_000;

    public string Name => "active_tab_info";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        await using var session = await ChromeSession.ConnectAsync(context.Environment, Name, cancellationToken);
        var active = await ChromeActiveTab.FindAsync(session, cancellationToken);
        var url = active is null ? null : ChromeActiveTab.WithPrefix(spec, active.Url);
        if (url is null)
        {
            return null;
        }

        var page = await ChromePages.NewPageAsync(session, TimeoutMs, cancellationToken);
        try
        {
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = TimeoutMs }).WaitAsync(cancellationToken);
            return await ChromePages.SnapshotAsync(page, null, cancellationToken);
        }
        catch (System.TimeoutException)
        {
            return await ChromePages.SnapshotAsync(page, "Load timeout", cancellationToken);
        }
        catch (PlaywrightException)
        {
            return null;
        }
        finally
        {
            await ChromePages.CloseQuietlyAsync(page);
        }
    }
}

using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>page_info</c> <c>{url}</c>: opens <c>url</c> in a new tab, waits for the network to be idle (60 s) and returns
/// <c>{title, url, content}</c>; "Load timeout" as the title when it does not settle, <c>{"title": "Connection failed",
/// "url": url, "content": ""}</c> when the page cannot be opened (OSWorld's values). The tab is closed afterwards.
/// </summary>
public sealed class PageInfoGetter : IGetter
{
    private const float TimeoutMs = 60_000;

    public string Name => "page_info";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var url = PythonFormatting.Str(PythonIndexing.GetItem(spec, "url"));
        await using var session = await ChromeSession.ConnectAsync(context.Environment, Name, cancellationToken);
        var page = await ChromePages.NewPageAsync(session, TimeoutMs, cancellationToken);
        try
        {
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle, Timeout = TimeoutMs }).WaitAsync(cancellationToken);
            return await ChromePages.SnapshotAsync(page, null, cancellationToken);
        }
        catch (System.TimeoutException)
        {
            return await ChromePages.SnapshotAsync(page, "Load timeout", cancellationToken);
        }
        catch (PlaywrightException)
        {
            return new JsonObject { ["title"] = "Connection failed", ["url"] = url, ["content"] = "" };
        }
        finally
        {
            await ChromePages.CloseQuietlyAsync(page);
        }
    }
}

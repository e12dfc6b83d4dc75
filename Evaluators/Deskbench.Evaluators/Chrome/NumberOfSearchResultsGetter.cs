using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>number_of_search_results</c>: the number of <c>.search-result</c> elements of <c>https://google.com/search?q=query</c>
/// (OSWorld's hard-coded page; no task uses this getter). 0 when the page cannot be loaded. Deskbench extension: <c>url</c>
/// and <c>selector</c> keys override the page and the selector.
/// </summary>
public sealed class NumberOfSearchResultsGetter : IGetter
{
    public string Name => "number_of_search_results";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var url = spec["url"]?.GetValue<string>() ?? "https://google.com/search?q=query";
        var selector = spec["selector"]?.GetValue<string>() ?? ".search-result";
        await using var session = await ChromeSession.ConnectAsync(context.Environment, Name, cancellationToken);
        var page = await ChromePages.NewPageAsync(session, 45_000, cancellationToken);
        try
        {
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle }).WaitAsync(cancellationToken);
            return (await page.QuerySelectorAllAsync(selector).WaitAsync(cancellationToken)).Count;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return 0;
        }
        finally
        {
            await ChromePages.CloseQuietlyAsync(page);
        }
    }
}

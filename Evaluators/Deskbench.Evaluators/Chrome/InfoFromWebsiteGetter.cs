using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>info_from_website</c> <c>{url, infos: [{action, selector, attribute?}], backups?}</c>: opens <c>url</c> in a new tab
/// and extracts, per info, the inner text (<c>inner_text</c>), an attribute (<c>attribute</c>), or clicks through all but
/// the last selector first (<c>click_and_inner_text</c>, <c>click_and_attribute</c>), going back to <c>url</c> between
/// infos. Any failure of the extraction returns <c>backups</c> (None when absent), as in OSWorld; Chrome unreachable is an
/// evaluation error.
/// </summary>
public sealed class InfoFromWebsiteGetter : IGetter
{
    private const float SelectorTimeoutMs = 10_000;

    public string Name => "info_from_website";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var backups = PythonIndexing.Get(spec, "backups")?.DeepClone();
        await using var session = await ChromeSession.ConnectAsync(context.Environment, Name, cancellationToken);
        IPage? page = null;
        try
        {
            var url = PythonFormatting.Str(PythonIndexing.GetItem(spec, "url"));
            page = await ChromePages.NewPageAsync(session, 60_000, cancellationToken);
            await page.GotoAsync(url).WaitAsync(cancellationToken);
            var infos = new JsonArray();
            foreach (var info in PythonIndexing.Iterate(PythonIndexing.Get(spec, "infos", new JsonArray())))
            {
                if (page.Url != url)
                {
                    await page.GotoAsync(url).WaitAsync(cancellationToken);
                }

                infos.Add(await ExtractAsync(page, info, cancellationToken));
            }

            return infos;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or PythonErrorException or NotSupportedException)
        {
            return backups;
        }
        finally
        {
            if (page is not null)
            {
                await ChromePages.CloseQuietlyAsync(page);
            }
        }
    }

    private static async Task<JsonNode?> ExtractAsync(IPage page, JsonNode? info, CancellationToken cancellationToken)
    {
        var action = PythonValues.AsString(PythonIndexing.Get(info, "action", "inner_text"));
        var selector = PythonIndexing.Get(info, "selector");
        switch (action)
        {
            case "inner_text":
                return await (await WaitAsync(page, PythonFormatting.Str(selector), cancellationToken)).InnerTextAsync().WaitAsync(cancellationToken);
            case "attribute":
                return await (await WaitAsync(page, PythonFormatting.Str(selector), cancellationToken))
                    .GetAttributeAsync(PythonFormatting.Str(PythonIndexing.GetItem(info, "attribute"))).WaitAsync(cancellationToken);
            case "click_and_inner_text" or "click_and_attribute":
                var selectors = PythonIndexing.Iterate(selector).Select(PythonFormatting.Str).ToList();
                for (var i = 0; i < selectors.Count - 1; i++)
                {
                    await (await WaitAsync(page, selectors[i], cancellationToken)).ClickAsync().WaitAsync(cancellationToken);
                    await page.WaitForLoadStateAsync(LoadState.Load).WaitAsync(cancellationToken);
                }

                var last = await WaitAsync(page, selectors[^1], cancellationToken);
                return action == "click_and_inner_text"
                    ? await last.InnerTextAsync().WaitAsync(cancellationToken)
                    : await last.GetAttributeAsync(PythonFormatting.Str(PythonIndexing.GetItem(info, "attribute"))).WaitAsync(cancellationToken);
            default:
                throw new NotSupportedException($"The action {action} is not supported yet.");
        }
    }

    private static async Task<IElementHandle> WaitAsync(IPage page, string selector, CancellationToken cancellationToken) =>
        await page.WaitForSelectorAsync(selector, new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = SelectorTimeoutMs })
            .WaitAsync(cancellationToken)
        ?? throw new PlaywrightException($"no element matches {selector}");
}

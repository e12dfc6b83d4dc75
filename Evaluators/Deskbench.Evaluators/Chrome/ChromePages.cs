using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>Page chores shared by the CDP getters.</summary>
internal static class ChromePages
{
    /// <summary>A new tab in the user's context (OSWorld's <c>browser.contexts[0].new_page()</c>).</summary>
    public static async Task<IPage> NewPageAsync(ChromeSession session, float timeoutMs, CancellationToken cancellationToken)
    {
        var page = await session.DefaultContext.NewPageAsync().WaitAsync(cancellationToken);
        page.SetDefaultTimeout(timeoutMs);
        return page;
    }

    /// <summary><c>{title, url, content}</c> of the page, with <paramref name="title"/> replacing the title when given.</summary>
    public static async Task<JsonObject> SnapshotAsync(IPage page, string? title, CancellationToken cancellationToken) => new()
    {
        ["title"] = title ?? await page.TitleAsync().WaitAsync(cancellationToken),
        ["url"] = page.Url,
        ["content"] = await page.ContentAsync().WaitAsync(cancellationToken),
    };

    /// <summary>Closes a tab the getter opened, ignoring a browser that is gone.</summary>
    public static async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The tab or the browser is gone already.
        }
    }

    /// <summary>Waits for <paramref name="state"/>; false when it did not come within the timeout.</summary>
    public static async Task<bool> TryWaitAsync(IPage page, LoadState state, float timeoutMs, CancellationToken cancellationToken)
    {
        try
        {
            await page.WaitForLoadStateAsync(state, new PageWaitForLoadStateOptions { Timeout = timeoutMs }).WaitAsync(cancellationToken);
            return true;
        }
        catch (System.TimeoutException)
        {
            return false;
        }
    }
}

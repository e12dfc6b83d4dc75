using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>gotoRecreationPage_and_get_html_content</c> <c>{selector: "class", class, order?}</c>: on recreation.gov searches
/// "Diamond", opens the first highlighted result (a popup), clicks "next available" when there is one, and returns
/// <c>{"expected": {class: text}}</c> of the <c>order</c>-th element of that class ("__EVALUATION_FAILED__" when missing;
/// <c>{"expected": {"error": "__EVALUATION_FAILED__", "error_message": …}}</c> when the site cannot be driven), as OSWorld.
/// Deskbench extension: <c>url</c> overrides the site's address (for a local copy).
/// </summary>
public sealed class RecreationPageGetter : IGetter
{
    private const string Failed = "__EVALUATION_FAILED__";
    private const float TimeoutMs = 60_000;

    public string Name => "gotoRecreationPage_and_get_html_content";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var site = spec["url"]?.GetValue<string>() ?? "https://www.recreation.gov/";
        await using var session = await ChromeSession.ConnectAsync(context.Environment, Name, cancellationToken);
        var page = await ChromePages.NewPageAsync(session, TimeoutMs, cancellationToken);
        IPage? result = null;
        try
        {
            await page.GotoAsync(site, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded }).WaitAsync(cancellationToken);
            await page.FillAsync("input#hero-search-input", "Diamond").WaitAsync(cancellationToken);
            await page.ClickAsync("button.nav-search-button").WaitAsync(cancellationToken);
            await page.WaitForSelectorAsync(".search-result-highlight--success").WaitAsync(cancellationToken);
            result = await page.RunAndWaitForPopupAsync(() => page.ClickAsync(".search-result-highlight--success")).WaitAsync(cancellationToken);
            result.SetDefaultTimeout(TimeoutMs);
            await ChromePages.TryWaitAsync(result, LoadState.Load, 20_000, cancellationToken);
            await TryClickNextAvailableAsync(result, cancellationToken);
            return new JsonObject { ["expected"] = await ExtractAsync(result, spec, cancellationToken) };
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return new JsonObject
            {
                ["expected"] = new JsonObject { ["error"] = Failed, ["error_message"] = ChromeSession.FirstLine(ex.Message) },
            };
        }
        finally
        {
            if (result is not null)
            {
                await ChromePages.CloseQuietlyAsync(result);
            }

            await ChromePages.CloseQuietlyAsync(page);
        }
    }

    private static async Task TryClickNextAvailableAsync(IPage page, CancellationToken cancellationToken)
    {
        try
        {
            await page.ClickAsync("button.next-available", new PageClickOptions { Timeout = 30_000 }).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // OSWorld goes on without the button.
        }
    }

    private static async Task<JsonObject> ExtractAsync(IPage page, JsonObject spec, CancellationToken cancellationToken)
    {
        if (PythonValues.AsString(PythonIndexing.GetItem(spec, "selector")) != "class")
        {
            return [];
        }

        var className = PythonFormatting.Str(PythonIndexing.GetItem(spec, "class"));
        var elements = await page.QuerySelectorAllAsync("." + className).WaitAsync(cancellationToken);
        var index = spec.ContainsKey("order") ? int.Parse(PythonFormatting.Str(spec["order"]), System.Globalization.CultureInfo.InvariantCulture) : 0;
        JsonNode? text = Failed;
        if (index < elements.Count && await elements[index].TextContentAsync().WaitAsync(cancellationToken) is { } content)
        {
            text = PythonText.Strip(content);
        }

        return new JsonObject { [className] = text };
    }
}

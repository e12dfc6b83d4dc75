using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>The element readings of <c>active_tab_html_parse</c> on one tab, each category as OSWorld's getter does it.</summary>
internal sealed class ActiveTabHtmlReader(IPage page, CancellationToken cancellationToken)
{
    private const string DirectTextNodes =
        "node => Array.from(node.childNodes).filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent.trim()).filter(Boolean)";

    public async Task<JsonObject> ReadClassesAsync(JsonObject spec)
    {
        var result = new JsonObject();
        await ByIndexAsync(spec, "class_multiObject", TextsAsync, result);
        await ByIndexAsync(spec, "class_multiObject_child", DirectTextsAsync, result);
        await ByIndexAsync(spec, "class_multiObject_only_child", OnlyChildTextsAsync, result);
        foreach (var (className, wanted) in Dict(spec, "class_multiObject_search_exist"))
        {
            var texts = await TextsAsync("." + className);
            var names = PythonIndexing.Iterate(wanted).Select(PythonFormatting.Str).ToList();
            foreach (var name in names.Where(name => name != "is_other_exist"))
            {
                result[name] = texts.Contains(name);
            }

            if (names.Contains("is_other_exist"))
            {
                result["is_other_exist"] = texts.Any(text => !names.Contains(text));
            }
        }

        foreach (var (className, key) in Dict(spec, "class_singleObject"))
        {
            var texts = await TextsAsync("." + className);
            result[PythonFormatting.Str(key)] = texts.Count > 0 ? texts[0] : "";
        }

        return result;
    }

    public async Task<JsonObject> ReadLabelsAsync(JsonObject spec)
    {
        var result = new JsonObject();
        foreach (var (label, key) in Dict(spec, "labelObject"))
        {
            string? text;
            try
            {
                text = await page.Locator($"text={label}").First.TextContentAsync().WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                text = null;
            }

            result[PythonFormatting.Str(key)] = text is null ? "" : PythonText.Strip(text);
        }

        return result;
    }

    public async Task<JsonObject> ReadXPathsAsync(JsonObject spec, bool input)
    {
        var result = new JsonObject();
        foreach (var (xpath, key) in Dict(spec, input ? "inputObject" : "xpathObject"))
        {
            string? text = null;
            try
            {
                var elements = page.Locator($"xpath={xpath}");
                if (await elements.CountAsync().WaitAsync(cancellationToken) > 0)
                {
                    text = input
                        ? await elements.First.InputValueAsync().WaitAsync(cancellationToken)
                        : await elements.First.TextContentAsync().WaitAsync(cancellationToken);
                }
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                text = null;
            }

            result[PythonFormatting.Str(key)] = text is null ? "" : PythonText.Strip(text);
        }

        return result;
    }

    public async Task<JsonObject> ReadClassesAndUrlAsync(JsonObject spec)
    {
        var result = new JsonObject();
        await MatchNamesAsync(Dict(spec, "class_multiObject"), TextsAsync, result);
        await MatchNamesAsync(Dict(spec, "class_multiObject_li"), LiTextsAsync, result);
        var url = page.Url.ToLowerInvariant();
        foreach (var key in PythonIndexing.Iterate(PythonIndexing.Get(spec, "url_include_expected", new JsonArray())).Select(PythonFormatting.Str))
        {
            result[key.ToLowerInvariant()] ??= url.Contains(key.ToLowerInvariant(), StringComparison.Ordinal);
        }

        foreach (var (key, value) in Dict(spec, "url_include_expected_multichoice"))
        {
            var name = PythonFormatting.Str(value).ToLowerInvariant();
            result[name] ??= url.Contains(key.ToLowerInvariant(), StringComparison.Ordinal);
        }

        return result;
    }

    private async Task MatchNamesAsync(IEnumerable<KeyValuePair<string, JsonNode?>> classes, Func<string, Task<List<string>>> read, JsonObject result)
    {
        foreach (var (className, wanted) in classes)
        {
            var texts = await read("." + className);
            var names = PythonIndexing.Iterate(wanted).Select(PythonFormatting.Str).ToList();
            foreach (var name in names.Where(name => texts.Any(text => string.Equals(text, name, StringComparison.OrdinalIgnoreCase))))
            {
                result[name.ToLowerInvariant()] = true;
            }

            if (texts.Any(text => names.All(name => !name.Contains(text, StringComparison.OrdinalIgnoreCase))))
            {
                result["is_other_exist"] = true;
            }

            result["is_other_exist"] ??= false;
        }
    }

    private async Task ByIndexAsync(JsonObject spec, string option, Func<string, Task<List<string>>> read, JsonObject result)
    {
        foreach (var (className, orders) in Dict(spec, option))
        {
            var texts = await read("." + className);
            foreach (var (order, key) in orders as JsonObject ?? [])
            {
                var index = int.Parse(order, System.Globalization.CultureInfo.InvariantCulture);
                result[PythonFormatting.Str(key)] = index < texts.Count ? texts[index] : "";
            }
        }
    }

    private async Task<List<string>> TextsAsync(string selector) => await SafelyAsync(async () =>
    {
        var texts = new List<string>();
        foreach (var element in await page.QuerySelectorAllAsync(selector).WaitAsync(cancellationToken))
        {
            texts.Add(PythonText.Strip(await element.TextContentAsync().WaitAsync(cancellationToken) ?? ""));
        }

        return texts;
    });

    private async Task<List<string>> DirectTextsAsync(string selector) => await SafelyAsync(async () =>
    {
        var elements = await page.QuerySelectorAllAsync(selector).WaitAsync(cancellationToken);
        return elements.Count == 0 ? [] : [.. await elements[0].EvaluateAsync<string[]>(DirectTextNodes).WaitAsync(cancellationToken)];
    });

    private async Task<List<string>> OnlyChildTextsAsync(string selector) => await SafelyAsync(async () =>
    {
        var texts = new List<string>();
        foreach (var element in await page.QuerySelectorAllAsync(selector).WaitAsync(cancellationToken))
        {
            if (await element.QuerySelectorAsync("h3").WaitAsync(cancellationToken) is { } heading)
            {
                texts.Add(PythonText.Strip(await heading.TextContentAsync().WaitAsync(cancellationToken) ?? ""));
            }
        }

        return texts;
    });

    private async Task<List<string>> LiTextsAsync(string selector) => await SafelyAsync(async () =>
    {
        var texts = new List<string>();
        foreach (var element in await page.QuerySelectorAllAsync(selector + " li.catAllProducts").WaitAsync(cancellationToken))
        {
            if (await element.QuerySelectorAsync("span").WaitAsync(cancellationToken) is { } span)
            {
                texts.Add(PythonText.Strip(await span.InnerTextAsync().WaitAsync(cancellationToken)));
            }
        }

        return texts;
    });

    private static async Task<List<string>> SafelyAsync(Func<Task<List<string>>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return [];
        }
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Dict(JsonObject spec, string option) =>
        PythonIndexing.Get(spec, option, new JsonObject()) as JsonObject ?? [];
}

using System.Text.Json.Nodes;
using Deskbench.Core.Web;
using Deskbench.Evaluators.Python;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>active_tab_html_parse</c> <c>{category, goto_prefix?, …}</c>: finds the open tab whose URL equals the active URL (as
/// <c>active_url_from_accessTree</c> gives it; both percent-decoded, trailing slashes dropped) and reads elements of it by
/// <c>category</c>: <c>class</c> (class_singleObject, class_multiObject, class_multiObject_child,
/// class_multiObject_only_child, class_multiObject_search_exist), <c>label</c>, <c>xpath</c>, <c>input</c>,
/// <c>class&amp;url</c>. Missing elements give "" as in OSWorld; no matching tab gives <c>{}</c>; no active tab gives None.
/// </summary>
public sealed class ActiveTabHtmlParseGetter : IGetter
{
    public string Name => "active_tab_html_parse";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        await using var session = await ChromeSession.ConnectAsync(context.Environment, Name, cancellationToken);
        var active = await ChromeActiveTab.FindAsync(session, cancellationToken);
        var url = active is null ? null : ChromeActiveTab.WithPrefix(spec, active.Url);
        if (url is null)
        {
            return null;
        }

        var target = session.Pages.FirstOrDefault(page => !page.IsClosed && Normalize(page.Url) == Normalize(url));
        if (target is null)
        {
            return new JsonObject();
        }

        await ChromePages.TryWaitAsync(target, LoadState.Load, 60_000, cancellationToken);
        var reader = new ActiveTabHtmlReader(target, cancellationToken);
        var category = PythonValues.AsString(PythonIndexing.GetItem(spec, "category"));
        return category switch
        {
            "class" => await reader.ReadClassesAsync(spec),
            "label" => await reader.ReadLabelsAsync(spec),
            "xpath" => await reader.ReadXPathsAsync(spec, input: false),
            "input" => await reader.ReadXPathsAsync(spec, input: true),
            "class&url" => await reader.ReadClassesAndUrlAsync(spec),
            _ => new JsonObject(),
        };
    }

    private static string Normalize(string url) => PythonUrl.Unquote(url).TrimEnd('/');
}

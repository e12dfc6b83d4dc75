using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// The tab the user sees. OSWorld reads the text of Chrome's address bar from the accessibility tree and prefixes
/// <c>goto_prefix</c> (default <c>https://</c>). Deskbench asks Chrome over CDP instead: the active tab is the page whose
/// document is visible (focused first when several windows show one), and the address-bar text is derived from its URL the
/// way Chrome's omnibox elides it (no <c>http(s)://</c>, no leading <c>www.</c>, no lone trailing <c>/</c>), so
/// <c>goto_prefix</c> composes exactly as in OSWorld.
/// </summary>
public static class ChromeActiveTab
{
    private const string VisibilityProbe = "() => [document.visibilityState === 'visible', document.hasFocus()]";

    /// <summary>The active tab, or null when Chrome has no page.</summary>
    public static async Task<IPage?> FindAsync(ChromeSession session, CancellationToken cancellationToken)
    {
        var pages = session.Pages;
        IPage? visible = null;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool[] state;
            try
            {
                state = await page.EvaluateAsync<bool[]>(VisibilityProbe).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            }
            catch (Exception ex) when (ex is PlaywrightException or System.TimeoutException)
            {
                continue;
            }

            if (state is [true, true])
            {
                return page;
            }

            visible ??= state is [true, _] ? page : null;
        }

        return visible ?? (pages.Count > 0 ? pages[^1] : null);
    }

    /// <summary>What Chrome's address bar shows for <paramref name="url"/> when it is not focused.</summary>
    public static string OmniboxText(string url)
    {
        string rest;
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            rest = url["https://".Length..];
        }
        else if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            rest = url["http://".Length..];
        }
        else
        {
            return url;
        }

        if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 && slash == rest.Length - 1 ? rest[..slash] : rest;
    }

    /// <summary>
    /// OSWorld's <c>get_active_url_from_accessTree</c>: <c>goto_prefix</c> + the address-bar text, or null when there is
    /// no tab. Throws <see cref="ChromeGetterException"/> when Chrome cannot be reached.
    /// </summary>
    public static async Task<string?> UrlAsync(GetterContext context, JsonObject spec, string getter, CancellationToken cancellationToken)
    {
        await using var session = await ChromeSession.ConnectAsync(context.Environment, getter, cancellationToken);
        var page = await FindAsync(session, cancellationToken);
        return page is null ? null : WithPrefix(spec, page.Url);
    }

    /// <summary><c>goto_prefix</c> (default <c>https://</c>) followed by the omnibox text of <paramref name="url"/>.</summary>
    public static string? WithPrefix(JsonObject spec, string url)
    {
        var text = OmniboxText(url);
        if (text.Length == 0)
        {
            return null;
        }

        var prefix = PythonIndexing.Get(spec, "goto_prefix", JsonValue.Create("https://"));
        return PythonFormatting.Str(prefix) + text;
    }
}

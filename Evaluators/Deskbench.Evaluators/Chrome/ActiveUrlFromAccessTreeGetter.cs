using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>active_url_from_accessTree</c> <c>{goto_prefix?}</c>: the active tab's URL as OSWorld reads it from the address bar
/// (see <see cref="ChromeActiveTab"/> for how Deskbench gets the same text over CDP); None when Chrome has no tab.
/// </summary>
public sealed class ActiveUrlFromAccessTreeGetter : IGetter
{
    public string Name => "active_url_from_accessTree";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken) =>
        await ChromeActiveTab.UrlAsync(context, spec, Name, cancellationToken) is { } url ? JsonValue.Create(url) : null;
}

using System.Text.Json.Nodes;
using Deskbench.Core.Web;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>active_tab_url_parse</c> <c>{parse_keys, replace?, split_list?, goto_prefix?}</c>: the first value of each key of
/// the active tab URL's query (<c>parse_qs</c>; "" when absent), keys renamed by <c>replace</c> (renamed keys move to the
/// end, as Python's pop-and-insert does), values split on commas with <c>split_list</c>. None when there is no active tab.
/// </summary>
public sealed class ActiveTabUrlParseGetter : IGetter
{
    public string Name => "active_tab_url_parse";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var url = await ChromeActiveTab.UrlAsync(context, spec, Name, cancellationToken);
        return url is null ? null : Parse(url, spec);
    }

    /// <summary>The getter's work on a known URL.</summary>
    public static JsonObject Parse(string url, JsonObject spec)
    {
        var query = PythonUrl.ParseQuery(PythonUrl.Parse(url).Query);
        var extracted = new JsonObject();
        foreach (var key in PythonIndexing.Iterate(PythonIndexing.GetItem(spec, "parse_keys")))
        {
            var name = PythonFormatting.Str(key);
            extracted[name] = query.TryGetValue(name, out var values) ? values[0] : "";
        }

        if (spec.TryGetPropertyValue("replace", out var replace))
        {
            foreach (var original in PythonIndexing.Iterate(replace))
            {
                var name = PythonFormatting.Str(original);
                if (!extracted.Remove(name, out var value))
                {
                    throw PythonErrorException.KeyError($"'{name}'");
                }

                extracted[PythonFormatting.Str(PythonIndexing.GetItem(replace, name))] = value;
            }
        }

        if (PythonValues.IsTruthy(PythonIndexing.Get(spec, "split_list", false)))
        {
            foreach (var name in extracted.Select(pair => pair.Key).ToList())
            {
                extracted[name] = new JsonArray([.. extracted[name]!.GetValue<string>().Split(',').Select(part => (JsonNode?)part)]);
            }
        }

        return extracted;
    }
}

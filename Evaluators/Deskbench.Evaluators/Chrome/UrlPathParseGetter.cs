using System.Text.Json.Nodes;
using Deskbench.Core.Web;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>macys_product_url_parse</c> and its alias <c>url_path_parse</c> <c>{parse_keys, goto_prefix?}</c>: facts of a Macy's
/// product-listing path of the active tab (mens_clothing, shirts, short_sleeve flags and the comma-separated key/value path
/// segments), each None when absent, as OSWorld computes them. None when there is no active tab.
/// </summary>
public sealed class UrlPathParseGetter(string name) : IGetter
{
    private const string FiftyPercent = "50_PERCENT_ off & more";

    public string Name => name;

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var url = await ChromeActiveTab.UrlAsync(context, spec, Name, cancellationToken);
        return url is null ? null : Parse(url, spec);
    }

    /// <summary>The getter's work on a known URL.</summary>
    public static JsonObject Parse(string url, JsonObject spec)
    {
        var path = PythonUrl.Unquote(PythonUrl.Parse(url).Path);
        var result = new JsonObject { ["mens_clothing"] = path.Contains("mens-clothing", StringComparison.Ordinal) ? true : null };
        var parts = path.Trim('/').Split('/');
        var pairs = new JsonObject();
        var shirts = path.Contains("shirts", StringComparison.Ordinal);
        var shortSleeve = path.Contains("short-sleeve", StringComparison.Ordinal);
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (!parts[i].Contains(',', StringComparison.Ordinal) || !parts[i + 1].Contains(',', StringComparison.Ordinal))
            {
                continue;
            }

            var keys = parts[i].Split(',').Select(k => k.Trim()).ToList();
            var values = parts[i + 1].Split(',').Select(v => v.Trim()).ToList();
            foreach (var (key, value) in keys.Zip(values))
            {
                pairs[key] = key == "Price_discount_range"
                    ? value.Length > 0 ? new JsonArray([.. value.Split('|').Select(item => (JsonNode?)item.Trim())]) : null
                    : value.Length > 0 ? value : null;
                shirts |= key == "Product_department" && value is "shirts" or "Shirts" or "Shirt";
                shortSleeve |= key == "Sleeve_length" && value is "short-sleeve" or "Short Sleeve";
            }

            break;
        }

        foreach (var field in new[] { "Men_regular_size_t", "Price_discount_range" })
        {
            if (!pairs.ContainsKey(field))
            {
                pairs[field] = null;
            }
        }

        result["shirts"] = shirts ? true : null;
        result["short_sleeve"] = shortSleeve ? true : null;
        foreach (var key in PythonIndexing.Iterate(PythonIndexing.GetItem(spec, "parse_keys")).Select(PythonFormatting.Str))
        {
            if (!pairs.TryGetPropertyValue(key, out var value))
            {
                continue;
            }

            result[key] = key == "Price_discount_range"
                ? value is JsonArray ranges && ranges.Any(r => r?.GetValue<string>() == FiftyPercent)
                    && !ranges.Any(r => r?.GetValue<string>() is "30_PERCENT_ off & more" or "20_PERCENT_ off & more")
                    ? FiftyPercent
                    : "not_" + FiftyPercent
                : value?.DeepClone();
        }

        return result;
    }
}

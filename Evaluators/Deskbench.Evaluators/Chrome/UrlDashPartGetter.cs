using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>url_dashPart</c> <c>{partIndex, returnType, key?, needDeleteId?, goto_prefix?}</c>: part <c>partIndex</c> of the
/// active tab URL split on "/", without its query when <c>needDeleteId</c>; a string (<c>returnType</c> "string") or
/// <c>{key: part}</c> ("json"). None when there is no active tab, the index is not an integer or out of range, or the
/// return type is unknown (OSWorld's values).
/// </summary>
public sealed class UrlDashPartGetter : IGetter
{
    public string Name => "url_dashPart";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var url = await ChromeActiveTab.UrlAsync(context, spec, Name, cancellationToken);
        return url is null ? null : Extract(url, spec);
    }

    /// <summary>The getter's work on a known URL.</summary>
    public static JsonNode? Extract(string url, JsonObject spec)
    {
        var index = PythonIndexing.GetItem(spec, "partIndex");
        int partIndex;
        if (PythonValues.TypeOf(index) is PythonType.Int or PythonType.Bool)
        {
            partIndex = (int)PythonValues.GetInteger(index);
        }
        else if (PythonValues.AsString(index) is { } text && int.TryParse(text.Trim(), out var parsed))
        {
            partIndex = parsed;
        }
        else
        {
            return null;
        }

        var parts = url.Split('/');
        if (partIndex >= parts.Length || partIndex < -parts.Length)
        {
            return null;
        }

        var part = parts[partIndex < 0 ? parts.Length + partIndex : partIndex];
        if (PythonValues.IsTruthy(PythonIndexing.Get(spec, "needDeleteId", false)))
        {
            part = part.Split('?')[0];
        }

        return PythonValues.AsString(PythonIndexing.GetItem(spec, "returnType")) switch
        {
            "string" => part,
            "json" => new JsonObject { [PythonFormatting.Str(PythonIndexing.GetItem(spec, "key"))] = part },
            _ => null,
        };
    }
}

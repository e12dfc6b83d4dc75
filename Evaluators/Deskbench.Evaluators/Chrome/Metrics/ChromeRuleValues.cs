using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>Python operations the chrome metrics share.</summary>
internal static class ChromeRuleValues
{
    /// <summary><c>rule['key']</c> as a str; a TypeError (as Python's string operations raise) when it is not one.</summary>
    public static string RequireString(JsonNode? rule, string key) =>
        PythonValues.AsString(PythonIndexing.GetItem(rule, key))
        ?? throw PythonErrorException.TypeError($"rule['{key}'] must be a str, not {PythonOperators.Describe(PythonIndexing.GetItem(rule, key))}");

    /// <summary>A str (the URL itself) or the <c>url</c> of a dict (<c>.get('url')</c>), as the active-tab metrics read it.</summary>
    public static string? UrlOf(JsonNode? info) => info is JsonObject tab
        ? PythonValues.AsString(tab.TryGetPropertyValue("url", out var url) ? url : null)
        : PythonValues.AsString(info);

    /// <summary><c>set(first) == set(second)</c> with Python equality.</summary>
    public static bool SetEquals(IReadOnlyList<JsonNode?> first, IReadOnlyList<JsonNode?> second) =>
        first.All(item => second.Any(other => PythonEquality.AreEqual(item, other)))
        && second.All(item => first.Any(other => PythonEquality.AreEqual(item, other)));

    /// <summary>An unknown rule type: OSWorld raises <c>TypeError(f"{type} not support yet!")</c>.</summary>
    public static PythonErrorException NotSupported(JsonNode? type) =>
        PythonErrorException.TypeError($"{PythonFormatting.Str(type)} not support yet!");
}

using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Getters;

/// <summary><c>time_diff_range</c> <c>{diff_range_in_minutes}</c>: returns that value (a copy), or None when the key is absent.</summary>
public sealed class TimeDiffRangeGetter : IGetter
{
    public string Name => "time_diff_range";

    public Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Task.FromResult(spec.TryGetPropertyValue("diff_range_in_minutes", out var value) ? value?.DeepClone() : null);
    }
}

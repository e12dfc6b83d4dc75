using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Audio;
using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>check_mp3_meta(result, meta)</c> (others.py): every key of <c>meta</c> (an EasyID3 name such as title or artist)
/// must match its rule (<c>_match_value_to_rule</c>) against the tag's values joined by "," ("" when absent).
/// A None result scores 0; an MP3 without an ID3 tag is an error, as in OSWorld.
/// </summary>
public sealed class CheckMp3MetaMetric : IMetric
{
    public string Name => "check_mp3_meta";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var meta = call.RequireExpected(Name);
        var path = PythonValues.AsString(call.Result);
        if (path is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var tags = Id3Tags.Read(Name, path);
        foreach (var (key, rule) in meta as JsonObject ?? [])
        {
            var value = tags.TryGetValue(key, out var values) ? string.Join(',', values) : string.Empty;
            if (!ValueRuleMatcher.Matches(value, rule))
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }
}

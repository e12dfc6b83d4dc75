using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_thunderbird_folder(result, reference, **kwargs)</c> (thunderbird.py): each result file (or list of files, paired
/// with the reference list) must equal its reference file after both are split on <c>FROM - </c> into messages, filtered,
/// normalized (<c>ignore_status</c>, <c>ignore_keys</c>), de-duplicated (<c>remove_duplicate</c>, default true), sorted and
/// joined. A None result → 0. OSWorld keeps only the <em>blank</em> pieces (<c>if mail.strip(): continue</c>), so in effect
/// the two files agree when both or neither start with <c>FROM - </c> (or have the same number of blank pieces); this is
/// reproduced as is. A missing file raises.
/// </summary>
public sealed partial class CheckThunderbirdFolderMetric : IMetric
{
    public string Name => "check_thunderbird_folder";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var reference = call.RequireExpected(Name);
        IEnumerable<(JsonNode? Pred, JsonNode? Gold)> pairs = reference is JsonArray golds
            ? PythonIndexing.Iterate(call.Result).Zip(golds)
            : [(call.Result, reference)];
        foreach (var (pred, gold) in pairs)
        {
            if (pred is null)
            {
                return ValueTask.FromResult(0.0);
            }

            if (!string.Equals(ReadFolder(pred, call), ReadFolder(gold, call), StringComparison.Ordinal))
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }

    private static string ReadFolder(JsonNode? path, MetricCall call)
    {
        var data = PythonText.Strip(PythonText.ReadText(PythonIndexing.AsPath(path)));
        var removeDeleted = !call.HasOption("remove_deleted") || PythonValues.IsTruthy(call.Option("remove_deleted"));
        var removeDuplicate = !call.HasOption("remove_duplicate") || PythonValues.IsTruthy(call.Option("remove_duplicate"));
        var messages = new List<string>();
        foreach (var mail in data.Split("FROM - "))
        {
            if (PythonText.Strip(mail).Length > 0)
            {
                continue;
            }

            if (removeDeleted && DeletedStatus().IsMatch(mail))
            {
                continue;
            }

            messages.Add("FROM - " + Normalize(mail, call));
        }

        IEnumerable<string> kept = removeDuplicate ? messages.Distinct(StringComparer.Ordinal) : messages;
        return string.Join('\n', kept.Order(StringComparer.Ordinal));
    }

    private static string Normalize(string message, MetricCall call)
    {
        if (PythonValues.IsTruthy(call.Option("ignore_status")))
        {
            message = MozillaStatus().Replace(message, string.Empty);
        }

        if (PythonValues.IsTruthy(call.Option("ignore_keys")))
        {
            message = MozillaKeys().Replace(message, "$2");
        }

        return PythonText.Strip(message);
    }

    [GeneratedRegex(@"X-Mozilla-Status: 000[89]")]
    private static partial Regex DeletedStatus();

    [GeneratedRegex(@"X-Mozilla-Status\d?:[\s\d]+")]
    private static partial Regex MozillaStatus();

    [GeneratedRegex(@"(X-Mozilla-Keys:[^\n]*?)\n(MIME-Version)")]
    private static partial Regex MozillaKeys();
}

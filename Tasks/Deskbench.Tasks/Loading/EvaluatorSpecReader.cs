using System.Text.Json.Nodes;
using Deskbench.Core.Tasks;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Loading;

/// <summary>
/// Builds an <see cref="EvaluatorSpec"/> from a validated <c>evaluator</c> object. Whatever the file's form, the result has
/// one entry per metric in <see cref="EvaluatorSpec.Results"/>, <see cref="EvaluatorSpec.Expected"/> and
/// <see cref="EvaluatorSpec.Options"/>; an absent or empty getter/option (<c>null</c>, <c>{}</c>, <c>[]</c>) is a null entry,
/// as OSWorld's <c>[None] * len(metric)</c>. <see cref="EvaluatorSpec.HasExpected"/> follows OSWorld's test
/// <c>"expected" in evaluator and evaluator["expected"]</c> (present and non-empty), which decides whether the metric is
/// called with an expected value at all.
/// </summary>
internal static class EvaluatorSpecReader
{
    public static EvaluatorSpec Read(JsonObject evaluator)
    {
        var func = evaluator["func"]!;
        var isList = func is JsonArray;
        IReadOnlyList<string> funcs = func is JsonArray names ? [.. names.Select(n => n!.GetValue<string>())] : [func.GetValue<string>()];
        var expected = evaluator["expected"];

        return new EvaluatorSpec
        {
            Funcs = funcs,
            IsList = isList,
            Conj = evaluator["conj"]?.GetValue<string>() ?? "and",
            Results = ReadGetters(evaluator["result"], funcs.Count, isList),
            Expected = ReadGetters(expected, funcs.Count, isList),
            HasExpected = !JsonDescriptions.IsEmpty(expected),
            Options = ReadOptions(evaluator["options"], funcs.Count, isList),
            Postconfig = SetupStepListReader.Read(evaluator["postconfig"]),
        };
    }

    private static IReadOnlyList<GetterSpec?> ReadGetters(JsonNode? node, int count, bool isList)
    {
        if (JsonDescriptions.IsEmpty(node))
        {
            return [.. Enumerable.Repeat<GetterSpec?>(null, count)];
        }

        return isList ? [.. ((JsonArray)node!).Select(ReadGetter)] : [ReadGetter(node)];
    }

    private static GetterSpec? ReadGetter(JsonNode? node) =>
        node is JsonObject { Count: > 0 } spec ? new GetterSpec(spec["type"]!.GetValue<string>(), spec) : null;

    private static IReadOnlyList<JsonObject?> ReadOptions(JsonNode? node, int count, bool isList) => node switch
    {
        null => [.. Enumerable.Repeat<JsonObject?>(null, count)],
        JsonArray list when isList => [.. list.Select(o => o is JsonObject { Count: > 0 } options ? options : null)],
        JsonObject { Count: > 0 } single => [single],
        _ => [null],
    };
}

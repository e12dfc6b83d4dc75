using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Core.Tasks;

namespace Deskbench.Evaluators.Tests.Support;

/// <summary>Builds <see cref="TaskSpec"/>s from OSWorld task JSON, normalising the evaluator as the contract describes.</summary>
public static class TaskSpecs
{
    /// <summary>A task whose <c>evaluator</c> object is <paramref name="evaluatorJson"/>.</summary>
    public static TaskSpec FromEvaluator(string evaluatorJson, string id = "test-task")
    {
        var raw = new JsonObject
        {
            ["id"] = id,
            ["instruction"] = "test",
            ["config"] = new JsonArray(),
            ["evaluator"] = JsonNode.Parse(evaluatorJson),
        };
        return FromJson(raw, "<inline>", "default");
    }

    /// <summary>A real task file, e.g. one of the OSWorld suite.</summary>
    public static TaskSpec FromFile(string path)
    {
        var text = File.ReadAllText(path);
        var raw = JsonNode.Parse(text)!.AsObject();
        return FromJson(raw, path, Path.GetFileName(Path.GetDirectoryName(path)) ?? "default");
    }

    private static TaskSpec FromJson(JsonObject raw, string path, string domain)
    {
        var evaluator = raw["evaluator"]!.AsObject();
        var func = evaluator["func"]!;
        var isList = func is JsonArray;
        return new TaskSpec
        {
            Id = raw["id"]!.GetValue<string>(),
            Domain = domain,
            Instruction = raw["instruction"]!.GetValue<string>(),
            Evaluator = new EvaluatorSpec
            {
                Funcs = isList ? [.. func.AsArray().Select(f => f!.GetValue<string>())] : [func.GetValue<string>()],
                IsList = isList,
                Conj = evaluator["conj"]?.GetValue<string>() ?? "and",
                Results = Getters(evaluator["result"]),
                HasExpected = evaluator.ContainsKey("expected"),
                Expected = Getters(evaluator["expected"]),
                Options = evaluator["options"] switch
                {
                    JsonArray list => [.. list.Select(o => o as JsonObject)],
                    JsonObject single => [single],
                    _ => [],
                },
                Postconfig = evaluator["postconfig"] is JsonArray steps
                    ? [.. steps.Select(s => new SetupStep(s!["type"]!.GetValue<string>(), s["parameters"]?.AsObject() ?? []))]
                    : [],
            },
            SourcePath = path,
            ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(raw.ToJsonString()))),
            Raw = raw,
        };
    }

    private static List<GetterSpec?> Getters(JsonNode? node) => node switch
    {
        JsonArray list => [.. list.Select(Getter)],
        JsonObject single => [Getter(single)],
        _ => [],
    };

    private static GetterSpec? Getter(JsonNode? node) =>
        node is JsonObject obj && obj["type"] is JsonValue type ? new GetterSpec(type.GetValue<string>(), obj) : null;
}

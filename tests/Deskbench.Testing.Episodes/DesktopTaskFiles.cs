using Deskbench.Core.Tasks;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Deskbench.Testing.Episodes;

/// <summary>Small OSWorld-format tasks written to a folder, with their solution files beside them.</summary>
public static class DesktopTaskFiles
{
    /// <summary>An infeasible task with no setup: FAIL scores 1, anything else 0.</summary>
    public static TaskSpec Infeasible(string folder, string id, string? solutionJson = null) =>
        Write(folder, id, null, [], new EvaluatorSpec { Funcs = ["infeasible"] }, solutionJson);

    /// <summary>
    /// A terminal that writes the line typed into it to <paramref name="outputFile"/>; the evaluator checks that the file
    /// contains <paramref name="expectedText"/> (vm_command_line + check_include_exclude).
    /// </summary>
    /// <param name="instruction">What the agent is told (default: "desktop test task ID").</param>
    public static TaskSpec TypeIntoTerminal(string folder, string id, string outputFile, string expectedText, string? solutionJson, string? instruction = null)
    {
        SetupStep[] config =
        [
            new("launch", new JsonObject
            {
                ["command"] = new JsonArray("xterm", "-e", "sh", "-c", $"read line; echo \"$line\" > {outputFile}"),
            }),
            new("sleep", new JsonObject { ["seconds"] = 1.5 }),
        ];
        var evaluator = new EvaluatorSpec
        {
            Funcs = ["check_include_exclude"],
            Results = [new GetterSpec("vm_command_line", new JsonObject { ["type"] = "vm_command_line", ["command"] = $"cat {outputFile}", ["shell"] = true })],
            Expected = [new GetterSpec("rule", new JsonObject
            {
                ["type"] = "rule",
                ["rules"] = new JsonObject { ["include"] = new JsonArray(expectedText), ["exclude"] = new JsonArray("No such file") },
            })],
            HasExpected = true,
            Options = [null],
        };
        return Write(folder, id, instruction, config, evaluator, solutionJson);
    }

    private static TaskSpec Write(string folder, string id, string? instruction, IReadOnlyList<SetupStep> config, EvaluatorSpec evaluator, string? solutionJson)
    {
        instruction ??= "desktop test task " + id;
        var path = Path.Combine(folder, id + ".json");
        var raw = new JsonObject
        {
            ["id"] = id,
            ["instruction"] = instruction,
            ["config"] = new JsonArray([.. config.Select(s => (JsonNode)new JsonObject { ["type"] = s.Type, ["parameters"] = s.Parameters.DeepClone() })]),
        };
        var text = raw.ToJsonString();
        File.WriteAllText(path, text);
        if (solutionJson is not null)
        {
            File.WriteAllText(Path.Combine(folder, id + ".solution.json"), solutionJson);
        }

        return new TaskSpec
        {
            Id = id,
            Domain = "os",
            Instruction = instruction,
            Config = config,
            Evaluator = evaluator,
            SourcePath = path,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Raw = raw,
        };
    }
}

using System.Text.Json.Nodes;
using static Deskbench.Tasks.Validation.JsonDescriptions;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// One operation of a <c>googledrive</c> step with its arguments, checked before anything touches the Drive:
/// <c>delete</c> {query?, trash?}, <c>mkdirs</c> {path}, <c>upload</c> {url, path}.
/// </summary>
internal sealed record GoogleDriveOperation(string Name, string Query, bool Trash, IReadOnlyList<string> Path, string? Url)
{
    public static readonly string[] Names = ["delete", "mkdirs", "upload"];

    public static IReadOnlyList<GoogleDriveOperation> Parse(JsonObject parameters)
    {
        var operations = parameters["operation"] as JsonArray
            ?? throw StepParameters.Invalid("operation", "expected an array of operation names");
        var arguments = parameters["args"] as JsonArray
            ?? throw StepParameters.Invalid("args", "expected an array of argument objects");
        if (operations.Count != arguments.Count)
        {
            throw StepParameters.Invalid("args", $"expected one entry per operation ({operations.Count}), got {arguments.Count}");
        }

        var parsed = new List<GoogleDriveOperation>();
        for (var i = 0; i < operations.Count; i++)
        {
            var name = operations[i] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
            if (name is null || !Names.Contains(name, StringComparer.Ordinal))
            {
                throw StepParameters.Invalid($"operation[{i}]", $"expected one of {string.Join(", ", Names)}, got {operations[i]?.ToJsonString() ?? "null"}");
            }

            var args = arguments[i] as JsonObject ?? throw StepParameters.Invalid($"args[{i}]", Expected("an object", arguments[i]));
            parsed.Add(name switch
            {
                "delete" => new GoogleDriveOperation(name,
                    StepParameters.OptionalString(args, "query") ?? "", StepParameters.OptionalBoolean(args, "trash", false), [], null),
                "mkdirs" => new GoogleDriveOperation(name, "", false, RequirePath(args, i), null),
                _ => new GoogleDriveOperation(name, "", false, RequireFilePath(args, i), StepParameters.RequireString(args, "url")),
            });
        }

        return parsed;
    }

    private static List<string> RequireFilePath(JsonObject args, int index)
    {
        var path = RequirePath(args, index);
        return path.Count > 0 ? path : throw StepParameters.Invalid($"args[{index}].path", "expected the file's name (the last entry), got an empty path");
    }

    /// <summary>A folder path: a list of names, or one name (OSWorld wraps a non-list in a list).</summary>
    private static List<string> RequirePath(JsonObject args, int index) => args["path"] switch
    {
        var single when IsString(single) => [single!.GetValue<string>()],
        JsonArray items when items.All(IsString) => items.Select(item => item!.GetValue<string>()).ToList(),
        var other => throw StepParameters.Invalid($"args[{index}].path", Expected("a string or an array of strings", other)),
    };
}

using System.Text.Json.Nodes;
using static Deskbench.Tasks.Validation.JsonDescriptions;

namespace Deskbench.Tasks.Validation;

/// <summary>
/// Structural checks of one task document (OSWorld task format): required <c>id</c>/<c>instruction</c>/<c>evaluator</c>,
/// types of the metadata keys, the <c>config</c> steps and the evaluator. Unknown keys are allowed.
/// </summary>
internal static class TaskDocumentValidator
{
    private static readonly string[] OptionalStringKeys = ["snapshot", "trajectory", "possibility_of_env_change", "hint"];
    private static readonly string[] OptionalBooleanKeys = ["proxy", "fixed_ip"];

    public static void Validate(JsonNode? document, ProblemCollector problems)
    {
        if (document is not JsonObject task)
        {
            problems.Add("$", Expected("a task object", document));
            return;
        }

        RequireString(task, "id", problems);
        RequireString(task, "instruction", problems);

        foreach (var key in OptionalStringKeys)
        {
            if (task.TryGetPropertyValue(key, out var value) && value is not null && !IsString(value))
            {
                problems.Add(Property("$", key), Expected("a string", value));
            }
        }

        foreach (var key in OptionalBooleanKeys)
        {
            if (task.TryGetPropertyValue(key, out var value) && value is not null && !IsBoolean(value))
            {
                problems.Add(Property("$", key), Expected("a boolean", value));
            }
        }

        ValidateRelatedApps(task, problems);

        if (task.TryGetPropertyValue("config", out var config))
        {
            SetupStepListValidator.Validate(config, "$.config", problems);
        }

        if (!task.TryGetPropertyValue("evaluator", out var evaluator))
        {
            problems.Add("$.evaluator", Missing("an object {func, result, expected, options, ...}"));
        }
        else if (evaluator is not JsonObject evaluatorObject)
        {
            problems.Add("$.evaluator", Expected("an object {func, result, expected, options, ...}", evaluator));
        }
        else
        {
            EvaluatorValidator.Validate(evaluatorObject, problems);
        }
    }

    private static void RequireString(JsonObject task, string key, ProblemCollector problems)
    {
        var path = Property("$", key);
        if (!task.TryGetPropertyValue(key, out var value))
        {
            problems.Add(path, Missing("a string"));
        }
        else if (!IsString(value))
        {
            problems.Add(path, Expected("a string", value));
        }
        else if (value!.GetValue<string>().Length == 0)
        {
            problems.Add(path, "expected a non-empty string, got an empty string");
        }
    }

    private static void ValidateRelatedApps(JsonObject task, ProblemCollector problems)
    {
        if (!task.TryGetPropertyValue("related_apps", out var apps) || apps is null)
        {
            return;
        }

        if (apps is not JsonArray list)
        {
            problems.Add("$.related_apps", Expected("an array of strings", apps));
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (!IsString(list[i]))
            {
                problems.Add(Index("$.related_apps", i), Expected("a string", list[i]));
            }
        }
    }
}

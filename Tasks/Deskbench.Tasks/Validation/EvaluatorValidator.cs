using System.Text.Json.Nodes;
using static Deskbench.Tasks.Validation.JsonDescriptions;

namespace Deskbench.Tasks.Validation;

/// <summary>
/// Checks the <c>evaluator</c> object the way OSWorld's <c>DesktopEnv._set_evaluator_info</c> reads it: <c>func</c> is a
/// name or a non-empty list of names; with a list, non-empty <c>result</c>/<c>expected</c> and any <c>options</c> must be
/// lists of the same length (<c>expected</c> and <c>options</c> entries may be <c>null</c>/<c>{}</c>); with a single name
/// they are single objects; <c>conj</c> is "and" or "or".
/// </summary>
internal static class EvaluatorValidator
{
    private const string Root = "$.evaluator";

    public static void Validate(JsonObject evaluator, ProblemCollector problems)
    {
        var metricCount = ValidateFunc(evaluator, problems);
        ValidateConj(evaluator, problems);
        if (metricCount is { } count)
        {
            var isList = evaluator["func"] is JsonArray;
            ValidateGetters(evaluator, "result", count, isList, allowEmptyEntries: false, problems);
            ValidateGetters(evaluator, "expected", count, isList, allowEmptyEntries: true, problems);
            ValidateOptions(evaluator, count, isList, problems);
        }

        if (evaluator.TryGetPropertyValue("postconfig", out var postconfig))
        {
            SetupStepListValidator.Validate(postconfig, Property(Root, "postconfig"), problems);
        }
    }

    /// <summary>The number of metrics, or null when <c>func</c> is unusable.</summary>
    private static int? ValidateFunc(JsonObject evaluator, ProblemCollector problems)
    {
        var path = Property(Root, "func");
        if (!evaluator.TryGetPropertyValue("func", out var func))
        {
            problems.Add(path, Missing("a string or an array of strings naming metrics"));
            return null;
        }

        switch (func)
        {
            case JsonValue when IsString(func):
                if (func.GetValue<string>().Length == 0)
                {
                    problems.Add(path, "expected a metric name, got an empty string");
                    return null;
                }

                return 1;
            case JsonArray { Count: 0 }:
                problems.Add(path, "expected a string or a non-empty array of strings, got an empty array");
                return null;
            case JsonArray names:
                var valid = true;
                for (var i = 0; i < names.Count; i++)
                {
                    if (!IsString(names[i]) || names[i]!.GetValue<string>().Length == 0)
                    {
                        problems.Add(Index(path, i), Expected("a metric name (non-empty string)", names[i]));
                        valid = false;
                    }
                }

                return valid ? names.Count : null;
            default:
                problems.Add(path, Expected("a string or an array of strings", func));
                return null;
        }
    }

    private static void ValidateConj(JsonObject evaluator, ProblemCollector problems)
    {
        if (!evaluator.TryGetPropertyValue("conj", out var conj))
        {
            return;
        }

        if (!IsString(conj) || conj!.GetValue<string>() is not ("and" or "or"))
        {
            var found = IsString(conj) ? $"\"{conj!.GetValue<string>()}\"" : KindOf(conj);
            problems.Add(Property(Root, "conj"), $"expected \"and\" or \"or\", got {found}");
        }
    }

    private static void ValidateGetters(
        JsonObject evaluator, string key, int count, bool isList, bool allowEmptyEntries, ProblemCollector problems)
    {
        if (!evaluator.TryGetPropertyValue(key, out var node))
        {
            return;
        }

        var path = Property(Root, key);
        if (node is null)
        {
            problems.Add(path, Expected(isList ? $"an array of {count} getters" : "a getter object", node));
            return;
        }

        if (node is not (JsonObject or JsonArray))
        {
            problems.Add(path, Expected(isList ? $"an array of {count} getters" : "a getter object {type, ...}", node));
            return;
        }

        if (IsEmpty(node))
        {
            return; // OSWorld treats an empty result/expected as "no getter".
        }

        if (!isList)
        {
            if (node is JsonObject single)
            {
                ValidateGetter(single, path, problems);
            }
            else
            {
                problems.Add(path, "expected a getter object {type, ...} (func is a single name), got array");
            }

            return;
        }

        if (node is not JsonArray list)
        {
            problems.Add(path, $"expected an array of {count} getters (one per func), got object");
            return;
        }

        if (list.Count != count)
        {
            problems.Add(path, $"expected an array of {count} getters (one per func), got {list.Count}");
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var entryPath = Index(path, i);
            switch (list[i])
            {
                case var entry when allowEmptyEntries && IsEmpty(entry):
                    break;
                case JsonObject getter:
                    ValidateGetter(getter, entryPath, problems);
                    break;
                default:
                    problems.Add(entryPath, Expected(allowEmptyEntries ? "a getter object or null" : "a getter object {type, ...}", list[i]));
                    break;
            }
        }
    }

    private static void ValidateGetter(JsonObject getter, string path, ProblemCollector problems)
    {
        var typePath = Property(path, "type");
        if (!getter.TryGetPropertyValue("type", out var type))
        {
            problems.Add(typePath, Missing("a string naming the getter"));
        }
        else if (!IsString(type) || type!.GetValue<string>().Length == 0)
        {
            problems.Add(typePath, Expected("a non-empty string naming the getter", type));
        }
    }

    private static void ValidateOptions(JsonObject evaluator, int count, bool isList, ProblemCollector problems)
    {
        if (!evaluator.TryGetPropertyValue("options", out var options))
        {
            return;
        }

        var path = Property(Root, "options");
        if (!isList)
        {
            if (options is not JsonObject)
            {
                problems.Add(path, Expected("an object of metric options (func is a single name)", options));
            }

            return;
        }

        if (options is not JsonArray list)
        {
            problems.Add(path, Expected($"an array of {count} option objects (one per func)", options));
            return;
        }

        if (list.Count != count)
        {
            problems.Add(path, $"expected an array of {count} option objects (one per func), got {list.Count}");
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not (null or JsonObject))
            {
                problems.Add(Index(path, i), Expected("an object or null", list[i]));
            }
        }
    }
}

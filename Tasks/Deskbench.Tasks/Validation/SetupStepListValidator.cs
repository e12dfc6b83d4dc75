using System.Text.Json.Nodes;
using static Deskbench.Tasks.Validation.JsonDescriptions;

namespace Deskbench.Tasks.Validation;

/// <summary>Checks a <c>config</c> / <c>postconfig</c> list: an array of <c>{"type": string, "parameters": object}</c>.</summary>
internal static class SetupStepListValidator
{
    public static void Validate(JsonNode? steps, string path, ProblemCollector problems)
    {
        if (steps is not JsonArray array)
        {
            problems.Add(path, Expected("an array of setup steps", steps));
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var stepPath = Index(path, i);
            if (array[i] is not JsonObject step)
            {
                problems.Add(stepPath, Expected("an object {type, parameters}", array[i]));
                continue;
            }

            var typePath = Property(stepPath, "type");
            if (!step.TryGetPropertyValue("type", out var type))
            {
                problems.Add(typePath, Missing("a string naming the step type"));
            }
            else if (!IsString(type) || type!.GetValue<string>().Length == 0)
            {
                problems.Add(typePath, Expected("a non-empty string naming the step type", type));
            }

            var parametersPath = Property(stepPath, "parameters");
            if (!step.TryGetPropertyValue("parameters", out var parameters))
            {
                problems.Add(parametersPath, Missing("an object"));
            }
            else if (parameters is not JsonObject)
            {
                problems.Add(parametersPath, Expected("an object", parameters));
            }
        }
    }
}

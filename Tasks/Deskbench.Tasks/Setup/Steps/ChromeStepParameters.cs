using System.Text.Json.Nodes;
using static Deskbench.Tasks.Validation.JsonDescriptions;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>Parameter reading of the Chrome steps.</summary>
internal static class ChromeStepParameters
{
    /// <summary>A list of URL strings.</summary>
    public static IReadOnlyList<string> RequireUrls(JsonObject parameters, string name) => parameters[name] switch
    {
        JsonArray items when items.All(IsString) => [.. items.Select(item => item!.GetValue<string>())],
        var value => throw StepParameters.Invalid(name, value is null && !parameters.ContainsKey(name)
            ? "required, missing"
            : Expected("an array of URL strings", value)),
    };
}

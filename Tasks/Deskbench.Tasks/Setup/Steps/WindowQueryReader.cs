using System.Text.Json.Nodes;
using Deskbench.Core.Guest;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>Reads <c>{window_name, strict=false, by_class=false}</c>.</summary>
internal static class WindowQueryReader
{
    public static WindowQuery Read(JsonObject parameters) => new(
        StepParameters.RequireString(parameters, "window_name"),
        StepParameters.OptionalBoolean(parameters, "strict", false),
        StepParameters.OptionalBoolean(parameters, "by_class", false));
}

using System.Text.Json.Nodes;

namespace Deskbench.Core.Tasks;

/// <summary>One <c>{type, parameters}</c> entry of a task's <c>config</c> or <c>evaluator.postconfig</c>.</summary>
public sealed record SetupStep(string Type, JsonObject Parameters);

using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters;

/// <summary><c>rule</c> <c>{rules}</c>: returns <c>rules</c> as is (a copy); needs no guest.</summary>
public sealed class RuleGetter : IGetter
{
    public string Name => "rule";

    public Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken) =>
        Task.FromResult(PythonIndexing.GetItem(spec, "rules")?.DeepClone());
}

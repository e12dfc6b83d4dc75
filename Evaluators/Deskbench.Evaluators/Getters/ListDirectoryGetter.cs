using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// <c>list_directory</c> <c>{path}</c>: the guest folder's tree (<c>POST /list_directory</c>):
/// <c>{type:"directory", name, children:[{type:"file", name} | directory…]}</c>, or None when it does not exist.
/// </summary>
public sealed class ListDirectoryGetter : IGetter
{
    public string Name => "list_directory";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var path = PythonIndexing.AsPath(PythonIndexing.GetItem(spec, "path"));
        return await context.Environment.Guest.ListDirectoryAsync(path, cancellationToken);
    }
}

using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// <c>cache_file</c> <c>{path}</c>: the path <c>CacheDirectory/path</c> (typically written by a postconfig <c>execute</c>
/// step's <c>stdout</c>). OSWorld asserts that it exists: a missing file is an AssertionError, i.e. an evaluation error.
/// </summary>
public sealed class CacheFileGetter : IGetter
{
    public string Name => "cache_file";

    public Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var relative = PythonIndexing.AsPath(PythonIndexing.GetItem(spec, "path"));
        var path = Path.Combine(context.CacheDirectory, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new InvalidOperationException($"AssertionError: cache_file '{relative}' does not exist in {context.CacheDirectory}");
        }

        return Task.FromResult<JsonNode?>(JsonValue.Create(path));
    }
}

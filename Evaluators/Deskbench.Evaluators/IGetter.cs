using System.Text.Json.Nodes;

namespace Deskbench.Evaluators;

/// <summary>
/// One OSWorld getter (<c>get_&lt;type&gt;</c>): reads state from the environment, the task's cache folder or the task
/// spec. Returns what OSWorld's getter returns: a local file path string, a string, an object, a list, or null (None).
/// A getter that raises OSWorld's FileNotFoundError throws <see cref="GetterFileNotFoundException"/>.
/// </summary>
public interface IGetter
{
    /// <summary>The getter's <c>type</c> in task files (OSWorld's function name without <c>get_</c>).</summary>
    string Name { get; }

    Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken);
}

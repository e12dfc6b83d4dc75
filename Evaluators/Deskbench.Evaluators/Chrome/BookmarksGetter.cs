using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>bookmarks</c>: the <c>roots</c> object of the profile's <c>Bookmarks</c> file (<c>bookmark_bar</c>, <c>other</c>,
/// <c>synced</c>); an empty list when the file does not exist (Chrome writes it with the first bookmark). A corrupt file is
/// an evaluation error naming the getter, as OSWorld's <c>json.loads</c> raising is.
/// </summary>
public sealed class BookmarksGetter : IGetter
{
    public string Name => "bookmarks";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var path = ChromeEnvironment.ProfileFile(context.Environment, "Bookmarks");
        var data = await ChromeProfileFiles.ReadJsonAsync(context, Name, path, cancellationToken);
        if (data is null)
        {
            return new JsonArray();
        }

        return data.TryGetPropertyValue("roots", out var roots) ? roots?.DeepClone() : new JsonObject();
    }
}

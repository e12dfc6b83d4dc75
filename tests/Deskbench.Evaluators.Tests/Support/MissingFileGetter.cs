using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Tests.Support;

/// <summary>A getter that raises OSWorld's FileNotFoundError, like chrome's <c>pdf_from_url</c> when no PDF was written.</summary>
public sealed class MissingFileGetter : IGetter
{
    public string Name => "missing_file";

    public Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken) =>
        throw new GetterFileNotFoundException(spec["path"]?.GetValue<string>() ?? "/missing");
}

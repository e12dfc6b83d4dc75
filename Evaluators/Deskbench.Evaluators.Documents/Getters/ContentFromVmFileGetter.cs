using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Spreadsheets;
using Deskbench.Evaluators.Getters;

namespace Deskbench.Evaluators.Documents.Getters;

/// <summary>
/// <c>content_from_vm_file</c> <c>{path, file_type: "xlsx", file_content: "last_row"}</c>: fetches the guest file into the
/// task cache (under its base name) and returns the last row of its first sheet as a list of texts (see
/// <see cref="XlsxLastRow"/>). A file the guest does not have is OSWorld's FileNotFoundError (the metric scores 0); another
/// file type or content is an error naming it, as OSWorld raises NotImplementedError.
/// </summary>
public sealed class ContentFromVmFileGetter : IGetter
{
    public string Name => "content_from_vm_file";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var path = GetterSpecFields.RequireString(spec, Name, "path");
        var fileType = GetterSpecFields.RequireString(spec, Name, "file_type");
        var fileContent = GetterSpecFields.RequireString(spec, Name, "file_content");
        if (fileType != "xlsx")
        {
            throw new NotSupportedException($"{Name}: file type {fileType} is not supported (OSWorld supports xlsx)");
        }

        var name = path.Replace('\\', '/').Split('/')[^1];
        var local = await new VmFileGetter().GetAsync(context, new JsonObject { ["path"] = path, ["dest"] = name }, cancellationToken);
        if (local is null)
        {
            throw new GetterFileNotFoundException(path, $"{Name}: the guest has no file {path}");
        }

        return fileContent == "last_row"
            ? new JsonArray([.. XlsxLastRow.Read(Name, local.GetValue<string>()).Select(text => (JsonNode?)JsonValue.Create(text))])
            : null;
    }
}

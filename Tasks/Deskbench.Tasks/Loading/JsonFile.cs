using System.Text.Json.Nodes;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Loading;

/// <summary>A JSON file as read from disk: its document, or the problem that kept it from being read.</summary>
internal sealed record JsonFile(string Path, string ContentHash, JsonNode? Document, TaskProblem? Problem)
{
    public bool IsReadable => Problem is null;
}

using System.Collections.Specialized;
using System.Text.Json.Nodes;

namespace Deskbench.Testing.Agents;

/// <summary>A request the stub vendor server received.</summary>
public sealed record RecordedRequest(string Method, string Path, NameValueCollection Headers, JsonObject Body);

using System.Collections.Specialized;
using System.Text.Json.Nodes;

namespace Deskbench.Agents.OpenAI.Tests;

/// <summary>A request the stub vendor server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, NameValueCollection Headers, JsonObject Body);

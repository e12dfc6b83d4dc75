namespace Deskbench.Agents.OpenAI.Tests;

/// <summary>One scripted HTTP answer of the stub vendor server.</summary>
internal sealed record StubResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);

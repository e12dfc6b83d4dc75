namespace Deskbench.Testing.Agents;

/// <summary>One scripted HTTP answer of the stub vendor server.</summary>
public sealed record StubResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);

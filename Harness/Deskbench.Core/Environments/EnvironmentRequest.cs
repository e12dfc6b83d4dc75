namespace Deskbench.Core.Environments;

/// <summary>What an episode asks of a provider. <see cref="WorkDirectory"/> is a scratch folder the provider may use.</summary>
public sealed record EnvironmentRequest(string RunId, string TaskId, ScreenSize ScreenSize, string WorkDirectory);

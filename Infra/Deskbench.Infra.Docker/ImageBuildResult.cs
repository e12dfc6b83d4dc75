namespace Deskbench.Infra.Docker;

/// <summary>A built image: its tag, its content-addressed id (<c>sha256:…</c>) and how long the build took.</summary>
public sealed record ImageBuildResult(string Tag, string ImageId, long SizeBytes, TimeSpan Duration);

namespace Deskbench.Infra.Docker;

/// <summary>Where the Docker engine listens: <c>DOCKER_HOST</c> when set, else the default Unix socket.</summary>
public static class DockerEndpoint
{
    public const string HostVariable = "DOCKER_HOST";

    public static Uri DefaultSocket { get; } = new("unix:///var/run/docker.sock");

    public static Uri Resolve(Func<string, string?>? environment = null)
    {
        var value = (environment ?? Environment.GetEnvironmentVariable)(HostVariable);
        return string.IsNullOrWhiteSpace(value) ? DefaultSocket : new Uri(value.Trim());
    }
}

namespace Deskbench.Infra.Docker;

/// <summary>The Docker engine does not answer at its endpoint (stopped daemon, wrong <c>DOCKER_HOST</c>, no permission).</summary>
public sealed class DockerEngineUnavailableException : Exception
{
    public DockerEngineUnavailableException(Uri endpoint, Exception inner)
        : base($"cannot reach the Docker engine at {endpoint}: {Describe(inner)}", inner)
    {
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    private static string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is { } inner)
        {
            innermost = inner;
        }

        return innermost.Message;
    }
}

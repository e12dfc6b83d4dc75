using Docker.DotNet.Models;

namespace Deskbench.Infra.Docker;

/// <summary>The last lines a container printed (stdout and stderr), for error messages.</summary>
internal static class ContainerLogTail
{
    public static async Task<string> ReadAsync(DockerEngine engine, string id, int lines, CancellationToken cancellationToken)
    {
        using var stream = await engine.Client.Containers.GetContainerLogsAsync(
            id,
            new ContainerLogsParameters { ShowStdout = true, ShowStderr = true, Tail = lines.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            cancellationToken).ConfigureAwait(false);
        var (stdout, stderr) = await stream.ReadOutputToEndAsync(cancellationToken).ConfigureAwait(false);
        return string.Join(" | ", (stdout + stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

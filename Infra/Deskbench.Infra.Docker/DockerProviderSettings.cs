using System.Globalization;
using Deskbench.Core.Environments;

namespace Deskbench.Infra.Docker;

/// <summary>
/// The docker provider's settings from environment variables (the CLI has no provider-specific options):
/// <list type="bullet">
/// <item><description><c>DESKBENCH_DOCKER_IMAGE</c>: image tag or id (default <see cref="LinuxImageRecipe.DefaultTag"/>).</description></item>
/// <item><description><c>DESKBENCH_DOCKER_CPUS</c>: CPU limit per container in cores (e.g. 1.5).</description></item>
/// <item><description><c>DESKBENCH_DOCKER_MEMORY</c>: memory limit per container, bytes or with a k/m/g suffix (e.g. 2g).</description></item>
/// <item><description><c>DESKBENCH_DOCKER_WARM_POOL</c>: desktops started ahead of demand (0 = off; 1 hides the reset cost).</description></item>
/// <item><description><c>DESKBENCH_DOCKER_READY_TIMEOUT</c>: seconds from creating a container until its guest must answer.</description></item>
/// <item><description><c>DOCKER_HOST</c>: the engine endpoint (default unix:///var/run/docker.sock).</description></item>
/// <item><description><c>DESKBENCH_DOCKER_EXTERNAL_IMAGE</c> and the other variables of <see cref="External.ExternalImageSettings"/>:
/// external-image mode (a user's OSWorld/WAA image, driven in the "osworld" guest dialect).</description></item>
/// </list>
/// </summary>
public static class DockerProviderSettings
{
    public const string ImageVariable = "DESKBENCH_DOCKER_IMAGE";
    public const string CpusVariable = "DESKBENCH_DOCKER_CPUS";
    public const string MemoryVariable = "DESKBENCH_DOCKER_MEMORY";
    public const string WarmPoolVariable = "DESKBENCH_DOCKER_WARM_POOL";
    public const string ReadyTimeoutVariable = "DESKBENCH_DOCKER_READY_TIMEOUT";

    /// <exception cref="FormatException">A variable holds something that is not a valid value.</exception>
    public static DockerProviderOptions FromEnvironment(ScreenSize screen, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var options = new DockerProviderOptions { ScreenSize = screen, Endpoint = DockerEndpoint.Resolve(environment) };
        if (Value(environment, ImageVariable) is { } image)
        {
            options = options with { Image = image };
        }

        if (Value(environment, CpusVariable) is { } cpus)
        {
            options = options with { Cpus = PositiveNumber(CpusVariable, cpus) };
        }

        if (Value(environment, MemoryVariable) is { } memory)
        {
            options = options with { MemoryBytes = ParseBytes(memory) ?? throw Invalid(MemoryVariable, memory, "bytes, or a number with k, m or g") };
        }

        if (Value(environment, WarmPoolVariable) is { } pool)
        {
            options = options with
            {
                WarmPoolSize = int.TryParse(pool, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size <= 16
                    ? size
                    : throw Invalid(WarmPoolVariable, pool, "a whole number from 0 to 16"),
            };
        }

        if (Value(environment, ReadyTimeoutVariable) is { } timeout)
        {
            options = options with { ReadinessTimeout = TimeSpan.FromSeconds(PositiveNumber(ReadyTimeoutVariable, timeout)) };
        }

        return options with
        {
            External = External.ExternalImageSettings.FromEnvironment(
                environment, Value(environment, ReadyTimeoutVariable) is null ? null : options.ReadinessTimeout),
        };
    }

    /// <summary>Docker-style sizes: <c>512m</c>, <c>2g</c>, <c>1048576</c>.</summary>
    public static long? ParseBytes(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant().TrimEnd('b');
        long multiplier = 1;
        if (trimmed.Length > 0 && "kmg".Contains(trimmed[^1], StringComparison.Ordinal))
        {
            multiplier = trimmed[^1] switch { 'k' => 1024L, 'm' => 1024L * 1024, _ => 1024L * 1024 * 1024 };
            trimmed = trimmed[..^1];
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value)
            ? (long)(value * multiplier)
            : null;
    }

    private static string? Value(Func<string, string?> environment, string name) =>
        environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static double PositiveNumber(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 1e6
            ? value
            : throw Invalid(name, text, "a positive number");

    private static FormatException Invalid(string name, string value, string expected) => new($"{name}='{value}': expected {expected}");
}

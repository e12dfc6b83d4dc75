using System.Globalization;

namespace Deskbench.Infra.Docker.External;

/// <summary>
/// External-image mode from environment variables (read by <see cref="DockerProviderSettings"/>, like the rest of the docker
/// provider's settings):
/// <list type="bullet">
/// <item><description><c>DESKBENCH_DOCKER_EXTERNAL_IMAGE</c>: the image, e.g. <c>happysixd/osworld-docker</c>; setting it turns the mode on.</description></item>
/// <item><description><c>DESKBENCH_DOCKER_EXTERNAL_LAYOUT</c>: <c>osworld</c> (default) or <c>waa</c> (<see cref="ExternalImageLayout"/>).</description></item>
/// <item><description><c>DESKBENCH_DOCKER_VM_DISK</c>: the VM disk on this host (OSWorld's <c>Ubuntu.qcow2</c>; WAA's storage folder); must exist.</description></item>
/// <item><description><c>DESKBENCH_DOCKER_VM_DISK_SIZE</c>, <c>DESKBENCH_DOCKER_VM_RAM</c>, <c>DESKBENCH_DOCKER_VM_CPUS</c>: the container's
/// <c>DISK_SIZE</c> (32G), <c>RAM_SIZE</c> (4G) and <c>CPU_CORES</c> (4).</description></item>
/// <item><description><c>DESKBENCH_DOCKER_EXTERNAL_ENV</c>: more container variables, <c>NAME=value</c> separated by <c>;</c>.</description></item>
/// <item><description><c>DESKBENCH_DOCKER_READY_TIMEOUT</c> (shared with the normal mode): seconds until <c>GET /screenshot</c> must answer (default 300).</description></item>
/// </list>
/// </summary>
public static class ExternalImageSettings
{
    public const string ImageVariable = "DESKBENCH_DOCKER_EXTERNAL_IMAGE";
    public const string LayoutVariable = "DESKBENCH_DOCKER_EXTERNAL_LAYOUT";
    public const string VmDiskVariable = "DESKBENCH_DOCKER_VM_DISK";
    public const string DiskSizeVariable = "DESKBENCH_DOCKER_VM_DISK_SIZE";
    public const string RamVariable = "DESKBENCH_DOCKER_VM_RAM";
    public const string CpusVariable = "DESKBENCH_DOCKER_VM_CPUS";
    public const string EnvironmentVariable = "DESKBENCH_DOCKER_EXTERNAL_ENV";

    /// <summary>The external-image options, or null when <see cref="ImageVariable"/> is not set.</summary>
    /// <exception cref="FormatException">A variable holds something that is not a valid value.</exception>
    public static ExternalImageOptions? FromEnvironment(Func<string, string?> environment, TimeSpan? readinessTimeout)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (Value(environment, ImageVariable) is not { } image)
        {
            return null;
        }

        var options = new ExternalImageOptions { Image = image };
        if (Value(environment, LayoutVariable) is { } layout)
        {
            options = options with
            {
                Layout = layout.ToLowerInvariant() switch
                {
                    "osworld" => ExternalImageLayout.OsWorld,
                    "waa" or "windowsagentarena" => ExternalImageLayout.WindowsAgentArena,
                    _ => throw Invalid(LayoutVariable, layout, "osworld or waa"),
                },
            };
        }

        if (Value(environment, VmDiskVariable) is { } disk)
        {
            options = options with
            {
                VmDisk = Path.Exists(disk) ? Path.GetFullPath(disk) : throw Invalid(VmDiskVariable, disk, "an existing qcow2 file (OSWorld) or storage folder (WAA)"),
            };
        }

        if (Value(environment, DiskSizeVariable) is { } diskSize)
        {
            options = options with { DiskSize = Size(DiskSizeVariable, diskSize) };
        }

        if (Value(environment, RamVariable) is { } ram)
        {
            options = options with { RamSize = Size(RamVariable, ram) };
        }

        if (Value(environment, CpusVariable) is { } cpus)
        {
            options = options with
            {
                CpuCores = int.TryParse(cpus, NumberStyles.None, CultureInfo.InvariantCulture, out var cores) && cores is > 0 and <= 1024
                    ? cores
                    : throw Invalid(CpusVariable, cpus, "a whole number of cores"),
            };
        }

        if (Value(environment, EnvironmentVariable) is { } extra)
        {
            var entries = extra.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            options = options with
            {
                Environment = entries.All(e => e.IndexOf('=', StringComparison.Ordinal) > 0)
                    ? entries
                    : throw Invalid(EnvironmentVariable, extra, "NAME=value entries separated by ';'"),
            };
        }

        return readinessTimeout is { } timeout ? options with { ReadinessTimeout = timeout } : options;
    }

    /// <summary>QEMU-style sizes as the images take them: a number with an optional K, M, G or T (<c>4G</c>, <c>512M</c>).</summary>
    private static string Size(string name, string text)
    {
        var number = text.Length > 0 && "KMGTkmgt".Contains(text[^1], StringComparison.Ordinal) ? text[..^1] : text;
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0
            ? text.ToUpperInvariant()
            : throw Invalid(name, text, "a size such as 4G or 512M");
    }

    private static string? Value(Func<string, string?> environment, string name) =>
        environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static FormatException Invalid(string name, string value, string expected) => new($"{name}='{value}': expected {expected}");
}

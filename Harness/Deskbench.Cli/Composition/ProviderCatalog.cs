using System.Globalization;
using Deskbench.Core.Environments;
using Deskbench.Infra.Docker;
using Deskbench.Infra.Local;
using Microsoft.Extensions.Logging;

namespace Deskbench.Cli.Composition;

/// <summary>
/// Environment providers by their <c>--provider</c> name. A new provider is one more entry here.
/// </summary>
/// <remarks>
/// The <c>local</c> provider also reads three environment variables (no command-line options: they are for tests and for
/// debugging a guest build, not for everyday runs):
/// <list type="bullet">
/// <item><description><c>DESKBENCH_LOCAL_GUEST_COMMAND</c>: the command that starts the guest, split on spaces into the
/// file and its leading arguments (no quoting; the provider appends <c>--session --bind … --display :N --parent-pid …</c>).
/// Unset or empty: <c>deskbench-guest</c> next to the CLI.</description></item>
/// <item><description><c>DESKBENCH_LOCAL_READY_TIMEOUT</c>: seconds (a positive number) from launching the guest until it
/// must print its ready line and answer HTTP; a guest that does not is stopped and the task ends as <c>infra_error</c>.
/// Unset or empty: 30.</description></item>
/// <item><description><c>DESKBENCH_LOCAL_DISPLAY_START</c>: the first X display number to try (a whole number from 1 to 60000;
/// the provider tries numbers upward from it). Keeps runs that share a machine out of each other's way. Unset or empty: 90.</description></item>
/// </list>
/// </remarks>
public static class ProviderCatalog
{
    /// <summary>The guest launch command of the local provider, split on spaces.</summary>
    public const string LocalGuestCommandVariable = "DESKBENCH_LOCAL_GUEST_COMMAND";

    /// <summary>The local provider's readiness timeout in seconds.</summary>
    public const string LocalReadyTimeoutVariable = "DESKBENCH_LOCAL_READY_TIMEOUT";

    /// <summary>The local provider's first X display number.</summary>
    public const string LocalDisplayStartVariable = "DESKBENCH_LOCAL_DISPLAY_START";

    public static IReadOnlyList<string> Names { get; } = ["local", DockerDesktopProvider.ProviderName];

    public static IEnvironmentProvider Create(string name, ScreenSize screen, ILoggerFactory loggerFactory) => name switch
    {
        "local" => new LocalDesktopProvider(LocalOptions(screen, Environment.GetEnvironmentVariable), loggerFactory, TimeProvider.System),
        DockerDesktopProvider.ProviderName => CreateDocker(screen, loggerFactory),
        _ => throw new CliException($"unknown provider '{name}' (--provider): expected one of {string.Join(", ", Names)}"),
    };

    /// <summary>The docker provider (settings from <c>DESKBENCH_DOCKER_*</c>, see <see cref="DockerProviderSettings"/>); engine or image problems become one clear error.</summary>
    private static DockerDesktopProvider CreateDocker(ScreenSize screen, ILoggerFactory loggerFactory)
    {
        try
        {
            var options = DockerProviderSettings.FromEnvironment(screen, Environment.GetEnvironmentVariable);
            return DockerDesktopProvider.CreateAsync(options, loggerFactory, TimeProvider.System).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is DockerEngineUnavailableException or EnvironmentImageMissingException or FormatException)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>The local provider's settings: <paramref name="screen"/> plus what the environment variables above say.</summary>
    public static LocalProviderOptions LocalOptions(ScreenSize screen, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var options = new LocalProviderOptions { ScreenSize = screen };
        if (environment(LocalGuestCommandVariable) is { } command && command.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts)
        {
            options = options with { GuestCommand = parts };
        }

        if (environment(LocalReadyTimeoutVariable) is { } timeout && !string.IsNullOrWhiteSpace(timeout))
        {
            if (!double.TryParse(timeout, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                || !double.IsFinite(seconds) || seconds <= 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
            {
                throw new CliException($"{LocalReadyTimeoutVariable}='{timeout}': expected a positive number of seconds");
            }

            options = options with { ReadinessTimeout = TimeSpan.FromSeconds(seconds) };
        }

        if (environment(LocalDisplayStartVariable) is { } start && !string.IsNullOrWhiteSpace(start))
        {
            if (!int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 60000)
            {
                throw new CliException($"{LocalDisplayStartVariable}='{start}': expected a whole number from 1 to 60000");
            }

            options = options with { DisplayRangeStart = number };
        }

        return options;
    }
}

using Deskbench.Core.Environments;
using Deskbench.Infra.Local;
using Microsoft.Extensions.Logging;

namespace Deskbench.Cli.Composition;

/// <summary>Environment providers by their <c>--provider</c> name. A new provider is one more entry here.</summary>
public static class ProviderCatalog
{
    public static IReadOnlyList<string> Names { get; } = ["local"];

    public static IEnvironmentProvider Create(string name, ScreenSize screen, ILoggerFactory loggerFactory) => name switch
    {
        "local" => new LocalDesktopProvider(new LocalProviderOptions { ScreenSize = screen }, loggerFactory, TimeProvider.System),
        _ => throw new CliException($"unknown provider '{name}' (--provider): expected one of {string.Join(", ", Names)}"),
    };
}

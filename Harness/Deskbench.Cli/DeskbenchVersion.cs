using System.Reflection;

namespace Deskbench.Cli;

public static class DeskbenchVersion
{
    public static string Current { get; } =
        typeof(DeskbenchVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}

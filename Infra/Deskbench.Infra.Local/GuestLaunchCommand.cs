using Deskbench.Core.Environments;
using System.Runtime.InteropServices;

namespace Deskbench.Infra.Local;

/// <summary>Finds how to start <c>deskbench-guest</c> when <see cref="LocalProviderOptions.GuestCommand"/> is not set.</summary>
internal static class GuestLaunchCommand
{
    public const string AssemblyFileName = "deskbench-guest.dll";
    public const string AppHostFileName = "deskbench-guest";

    /// <summary>
    /// <c>[dotnet, …/deskbench-guest.dll]</c> when the dll sits in <paramref name="baseDirectory"/> and a dotnet host is known
    /// (always works, whatever DOTNET_ROOT is); else the <c>deskbench-guest</c> apphost; else an <see cref="EnvironmentStartException"/>.
    /// </summary>
    public static IReadOnlyList<string> Locate(string baseDirectory)
    {
        var assembly = Path.Combine(baseDirectory, AssemblyFileName);
        if (File.Exists(assembly) && FindDotnetHost() is { } host)
        {
            return [host, assembly];
        }

        var appHost = Path.Combine(baseDirectory, AppHostFileName);
        return File.Exists(appHost)
            ? [appHost]
            : throw new EnvironmentStartException(
                $"the guest executable was not found: neither {assembly} nor {appHost} exists (set {nameof(LocalProviderOptions)}.{nameof(LocalProviderOptions.GuestCommand)})");
    }

    /// <summary>The running dotnet host, or one next to the running shared runtime, or DOTNET_HOST_PATH.</summary>
    public static string? FindDotnetHost()
    {
        if (Environment.ProcessPath is { } processPath && Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            return processPath;
        }

        // The shared runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/; the host is <root>/dotnet.
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var root = Directory.GetParent(runtimeDirectory)?.Parent?.Parent?.FullName;
        if (root is not null && File.Exists(Path.Combine(root, "dotnet")))
        {
            return Path.Combine(root, "dotnet");
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath) ? hostPath : null;
    }
}

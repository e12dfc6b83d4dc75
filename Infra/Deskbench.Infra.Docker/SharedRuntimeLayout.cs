using System.Runtime.InteropServices;

namespace Deskbench.Infra.Docker;

/// <summary>
/// The parts of a .NET installation a framework-dependent ASP.NET Core app needs: the <c>dotnet</c> host, <c>host/fxr</c>,
/// and the <c>Microsoft.NETCore.App</c> and <c>Microsoft.AspNetCore.App</c> shared frameworks of the running version.
/// Copied into the image, so the build needs no registry and no runtime download.
/// </summary>
internal sealed record SharedRuntimeLayout(string Root, string RuntimeVersion)
{
    public static SharedRuntimeLayout Current()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var coreFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new ImageBuildException("cannot locate the running .NET runtime");
        var root = Path.GetFullPath(Path.Combine(coreFolder, "..", "..", ".."));
        return new SharedRuntimeLayout(root, Path.GetFileName(coreFolder) ?? RuntimeEnvironment.GetSystemVersion());
    }

    public void CopyTo(string destination)
    {
        Directory.CreateDirectory(destination);
        var host = Path.Combine(Root, "dotnet");
        if (!File.Exists(host))
        {
            throw new ImageBuildException($"no dotnet host in {Root}");
        }

        File.Copy(host, Path.Combine(destination, "dotnet"), overwrite: true);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(destination, "dotnet"), File.GetUnixFileMode(host));
        }

        LinuxImageBuilder.CopyTree(Path.Combine(Root, "host"), Path.Combine(destination, "host"));
        foreach (var framework in new[] { "Microsoft.NETCore.App", "Microsoft.AspNetCore.App" })
        {
            var source = NewestVersionFolder(Path.Combine(Root, "shared", framework));
            LinuxImageBuilder.CopyTree(source, Path.Combine(destination, "shared", framework, Path.GetFileName(source)));
        }
    }

    private string NewestVersionFolder(string frameworkFolder)
    {
        var exact = Path.Combine(frameworkFolder, RuntimeVersion);
        if (Directory.Exists(exact))
        {
            return exact;
        }

        return Directory.Exists(frameworkFolder)
            ? Directory.EnumerateDirectories(frameworkFolder).Order(StringComparer.Ordinal).LastOrDefault()
                ?? throw new ImageBuildException($"no version of {frameworkFolder}")
            : throw new ImageBuildException($"the shared framework {frameworkFolder} is not installed");
    }
}

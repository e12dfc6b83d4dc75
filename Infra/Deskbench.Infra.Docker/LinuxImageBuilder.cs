using Docker.DotNet;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Infra.Docker;

/// <summary>
/// Builds the Linux desktop image with no registry: (1) a Debian 12 minbase root filesystem by debootstrap, kept as a
/// tarball in the cache folder and reused when present; (2) <c>docker import</c> of it as
/// <see cref="LinuxImageRecipe.BaseTag"/> (only when that image is missing or the tarball is new); (3) a build context of
/// <c>images/linux</c>, the published guest and the .NET shared runtime this process runs on; (4) <c>docker build</c> of
/// <c>images/linux/Dockerfile</c>, whose package layers the engine's cache reuses on every rebuild.
/// </summary>
public sealed class LinuxImageBuilder(DockerEngine engine, ILogger<LinuxImageBuilder>? logger = null, TimeProvider? timeProvider = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<ImageBuildResult> BuildAsync(ImageBuildOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var started = _time.GetTimestamp();
        var recipe = Path.Combine(options.RepositoryRoot, LinuxImageRecipe.RecipeFolder);
        if (!File.Exists(Path.Combine(recipe, "Dockerfile")))
        {
            throw new ImageBuildException($"no Dockerfile in {recipe} (--repository must be a Deskbench source checkout)");
        }

        var tarball = Path.Combine(options.CacheDirectory, LinuxImageRecipe.BaseTarballName);
        var madeTarball = await EnsureBaseTarballAsync(options, tarball, log, cancellationToken).ConfigureAwait(false);
        await EnsureBaseImageAsync(options, tarball, madeTarball, log, cancellationToken).ConfigureAwait(false);
        var context = await PrepareContextAsync(options, recipe, log, cancellationToken).ConfigureAwait(false);
        log.WriteLine($"image: docker build {options.Tag} (package layers come from the engine's cache when unchanged)");
        await ExternalCommand.RunAsync(
            options.DockerCommand,
            ["build", "--network", "host", "--build-arg", $"BASE_IMAGE={LinuxImageRecipe.BaseTag}",
             "--build-arg", $"DESKBENCH_IMAGE_VERSION={LinuxImageRecipe.Version}", "-t", options.Tag, context],
            log,
            cancellationToken).ConfigureAwait(false);
        var image = await engine.Client.Images.InspectImageAsync(options.Tag, cancellationToken).ConfigureAwait(false);
        var result = new ImageBuildResult(options.Tag, image.ID, image.Size, _time.GetElapsedTime(started));
        _logger.LogInformation("built {Tag} = {Id} in {Seconds:0} s", result.Tag, result.ImageId, result.Duration.TotalSeconds);
        return result;
    }

    /// <summary>Whether <paramref name="tag"/> exists in the engine.</summary>
    public async Task<bool> ImageExistsAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await engine.Client.Images.InspectImageAsync(tag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DockerImageNotFoundException)
        {
            return false;
        }
    }

    private static async Task<bool> EnsureBaseTarballAsync(ImageBuildOptions options, string tarball, TextWriter log, CancellationToken cancellationToken)
    {
        if (File.Exists(tarball) && !options.RefreshBase)
        {
            log.WriteLine($"image: reusing the root filesystem {tarball}");
            return false;
        }

        var folder = Path.GetDirectoryName(tarball)!;
        Directory.CreateDirectory(folder);
        var rootfs = Path.Combine(folder, "rootfs.partial");
        if (Directory.Exists(rootfs))
        {
            Directory.Delete(rootfs, recursive: true);
        }

        log.WriteLine($"image: debootstrap --variant=minbase {LinuxImageRecipe.Suite} from {options.Mirror}");
        await ExternalCommand.RunAsync("debootstrap", ["--variant=minbase", LinuxImageRecipe.Suite, rootfs, options.Mirror], log, cancellationToken)
            .ConfigureAwait(false);
        var partial = tarball + ".partial";
        await ExternalCommand.RunAsync("tar", ["--numeric-owner", "-C", rootfs, "-cf", partial, "."], log, cancellationToken).ConfigureAwait(false);
        File.Move(partial, tarball, overwrite: true);
        Directory.Delete(rootfs, recursive: true);
        return true;
    }

    private async Task EnsureBaseImageAsync(ImageBuildOptions options, string tarball, bool madeTarball, TextWriter log, CancellationToken cancellationToken)
    {
        if (!madeTarball && await ImageExistsAsync(LinuxImageRecipe.BaseTag, cancellationToken).ConfigureAwait(false))
        {
            log.WriteLine($"image: reusing {LinuxImageRecipe.BaseTag}");
            return;
        }

        log.WriteLine($"image: docker import {tarball} as {LinuxImageRecipe.BaseTag}");
        await ExternalCommand.RunAsync(options.DockerCommand, ["import", "--change", "CMD [\"/bin/bash\"]", tarball, LinuxImageRecipe.BaseTag], log, cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<string> PrepareContextAsync(ImageBuildOptions options, string recipe, TextWriter log, CancellationToken cancellationToken)
    {
        var context = Path.Combine(options.CacheDirectory, "build", "linux");
        if (Directory.Exists(context))
        {
            Directory.Delete(context, recursive: true);
        }

        CopyTree(recipe, context);
        var guestProject = Path.Combine(options.RepositoryRoot, "Infra", "Deskbench.Guest", "Deskbench.Guest.csproj");
        log.WriteLine("image: dotnet publish the guest service");
        await ExternalCommand.RunAsync(
            options.DotnetCommand,
            // ReadyToRun: precompiled code, so a fresh container's guest does not spend its first second in the JIT.
            ["publish", guestProject, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true",
             "-o", Path.Combine(context, "guest"), "-nologo", "-v", "q", "-p:GenerateDocumentationFile=false"],
            log,
            cancellationToken).ConfigureAwait(false);
        var runtime = SharedRuntimeLayout.Current();
        log.WriteLine($"image: copying the .NET shared runtime from {runtime.Root}");
        runtime.CopyTo(Path.Combine(context, "dotnet"));
        return context;
    }

    internal static void CopyTree(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            File.Copy(file, target, overwrite: true);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, File.GetUnixFileMode(file));
            }
        }
    }
}

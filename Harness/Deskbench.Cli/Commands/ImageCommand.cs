using System.CommandLine;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;
using Deskbench.Infra.Docker;

namespace Deskbench.Cli.Commands;

/// <summary><c>deskbench image build linux</c>: builds the desktop image of the docker provider locally (no registry).</summary>
public static class ImageCommand
{
    public static Command Create()
    {
        var image = new Command("image", "Build desktop images for the docker provider.");
        image.Subcommands.Add(CreateBuild());
        return image;
    }

    private static Command CreateBuild()
    {
        var platform = new Argument<string>("platform") { Description = "Which image: linux." };
        platform.AcceptOnlyFromAmong("linux");
        var tag = new Option<string>("--tag") { Description = "Image tag.", DefaultValueFactory = _ => LinuxImageRecipe.DefaultTag };
        var cache = new Option<string>("--cache") { Description = "Cache folder (debootstrap tarball, build context); reused when present.", DefaultValueFactory = _ => LinuxImageRecipe.DefaultCacheDirectory };
        var repository = new Option<string?>("--repository") { Description = "The Deskbench source checkout (default: found from the current folder)." };
        var mirror = new Option<string>("--mirror") { Description = "Debian mirror for debootstrap.", DefaultValueFactory = _ => LinuxImageRecipe.DefaultMirror };
        var refreshBase = new Option<bool>("--refresh-base") { Description = "Make the Debian root filesystem again even when the cache has it." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print the build tools' output." };
        var command = new Command("build", "Build an image: debootstrap + docker import (cached), then the Dockerfile layers and the guest service.")
        {
            platform, tag, cache, repository, mirror, refreshBase, verbose,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(async () =>
        {
            var root = parse.GetValue(repository) ?? RecipeLocator.FindRepositoryRoot(Environment.CurrentDirectory, AppContext.BaseDirectory)
                ?? throw new CliException($"cannot find {LinuxImageRecipe.RecipeFolder}/Dockerfile above the current folder; pass --repository");
            var options = new ImageBuildOptions
            {
                RepositoryRoot = Path.GetFullPath(root),
                Tag = parse.GetRequiredValue(tag),
                CacheDirectory = Path.GetFullPath(parse.GetRequiredValue(cache)),
                Mirror = parse.GetRequiredValue(mirror),
                RefreshBase = parse.GetValue(refreshBase),
            };
            var log = parse.GetValue(verbose) ? Console.Error : new ImageStepOnlyWriter(Console.Error);
            using var engine = await ConnectAsync(ct).ConfigureAwait(false);
            try
            {
                var result = await new LinuxImageBuilder(engine).BuildAsync(options, log, ct).ConfigureAwait(false);
                Console.Out.WriteLine($"image {result.Tag}");
                Console.Out.WriteLine($"id    {result.ImageId}");
                Console.Out.WriteLine($"size  {result.SizeBytes / (1024 * 1024)} MiB");
                Console.Out.WriteLine($"built in {result.Duration.TotalSeconds:0} s");
                return 0;
            }
            catch (ImageBuildException e)
            {
                throw new CliException($"image build failed: {e.Message}");
            }
        }));
        return command;
    }

    internal static async Task<DockerEngine> ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await DockerEngine.ConnectAsync(null, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerEngineUnavailableException e)
        {
            throw new CliException(e.Message);
        }
    }
}

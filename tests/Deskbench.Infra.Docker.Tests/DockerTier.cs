using Deskbench.Infra.Docker;

namespace Deskbench.Infra.Docker.Tests;

/// <summary>
/// The Docker tier's prerequisites, checked once per test run: a reachable engine and the desktop image. A missing image is
/// built with the same code as <c>deskbench image build linux</c> (reusing the cache folder); tests skip, with the reason
/// printed, only when the engine is unreachable or the image cannot be built here (no debootstrap).
/// </summary>
public static class DockerTier
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _skipReason;
    private static DesktopImage? _image;
    private static bool _checked;

    public static string RepositoryRoot { get; } = RecipeLocator.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"no {LinuxImageRecipe.RecipeFolder}/Dockerfile above {AppContext.BaseDirectory}");

    /// <summary>The image the tests run; skips the calling test when the tier cannot run here.</summary>
    public static async Task<DesktopImage> RequireImageAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (!_checked)
            {
                (_image, _skipReason) = await CheckAsync();
                _checked = true;
            }
        }
        finally
        {
            Gate.Release();
        }

        if (_skipReason is not null)
        {
            Assert.Skip(_skipReason);
        }

        return _image!;
    }

    public static DockerProviderOptions Options(int warmPool = 0) => new()
    {
        Image = LinuxImageRecipe.DefaultTag,
        WarmPoolSize = warmPool,
        ReadinessTimeout = TimeSpan.FromSeconds(60),
    };

    private static async Task<(DesktopImage?, string?)> CheckAsync()
    {
        DockerEngine engine;
        try
        {
            engine = await DockerEngine.ConnectAsync(null, CancellationToken.None);
        }
        catch (DockerEngineUnavailableException e)
        {
            return (null, $"Docker tier skipped: {e.Message} (.ci/run starts dockerd)");
        }

        using (engine)
        {
            var builder = new LinuxImageBuilder(engine);
            if (!await builder.ImageExistsAsync(LinuxImageRecipe.DefaultTag, CancellationToken.None))
            {
                if (!File.Exists("/usr/sbin/debootstrap") && !await builder.ImageExistsAsync(LinuxImageRecipe.BaseTag, CancellationToken.None))
                {
                    return (null, $"Docker tier skipped: the image {LinuxImageRecipe.DefaultTag} is missing and debootstrap is not installed to build it");
                }

                var cache = IsWritable(LinuxImageRecipe.DefaultCacheDirectory)
                    ? LinuxImageRecipe.DefaultCacheDirectory
                    : Path.Combine(Path.GetTempPath(), "deskbench-cache");
                await builder.BuildAsync(
                    new ImageBuildOptions { RepositoryRoot = RepositoryRoot, CacheDirectory = cache },
                    TextWriter.Null,
                    CancellationToken.None);
            }

            return (await DesktopImage.ResolveAsync(engine, LinuxImageRecipe.DefaultTag, CancellationToken.None), null);
        }
    }

    private static bool IsWritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".probe-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

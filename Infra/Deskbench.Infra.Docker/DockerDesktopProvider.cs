using Deskbench.Core.Environments;
using Deskbench.Infra.Docker.External;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Infra.Docker;

/// <summary>
/// The <c>docker</c> provider: one fresh container per <see cref="AcquireAsync"/> from a locally built desktop image
/// (<c>deskbench image build linux</c>), removed when the environment is disposed. Containers are labelled with the run,
/// the task and the owning process; <see cref="CreateAsync"/> first removes containers whose owner died
/// (<see cref="ContainerReaper"/>), and containers still running at process exit are removed then. With
/// <see cref="DockerProviderOptions.WarmPoolSize"/> &gt; 0 the next desktops start while the current episode runs.
/// With <see cref="DockerProviderOptions.External"/> it runs a user's OSWorld/WAA image instead (external-image mode,
/// <see cref="ExternalContainerLauncher"/>) and its environments speak the "osworld" guest dialect.
/// </summary>
public sealed class DockerDesktopProvider : IEnvironmentProvider, IAsyncDisposable
{
    public const string ProviderName = "docker";

    private readonly DockerEngine _engine;
    private readonly DockerProviderOptions _options;
    private readonly ContainerRegistry _registry;
    private readonly DesktopContainerLauncher _launcher;
    private readonly WarmPool? _pool;
    private readonly ExternalContainerLauncher? _externalLauncher;
    private readonly ILogger _logger;

    private DockerDesktopProvider(DockerEngine engine, DockerProviderOptions options, DesktopImage image, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        _engine = engine;
        _options = options;
        Image = image;
        _logger = loggerFactory.CreateLogger<DockerDesktopProvider>();
        _registry = new ContainerRegistry(engine);
        _launcher = new DesktopContainerLauncher(engine, options, image, _registry, loggerFactory, timeProvider);
        _externalLauncher = options.External is { } external
            ? new ExternalContainerLauncher(engine, external, image, _registry, options.Client, loggerFactory, timeProvider)
            : null;
        _pool = options.WarmPoolSize > 0 && _externalLauncher is null ? new WarmPool(_launcher, options.WarmPoolSize, _logger) : null;
        if (options.WarmPoolSize > 0 && _externalLauncher is not null)
        {
            _logger.LogWarning("external-image mode ({Image}) has no warm pool; the warm pool size {Size} is ignored", image.Reference, options.WarmPoolSize);
        }
    }

    public string Name => ProviderName;

    /// <summary>The image every desktop starts from (recorded as <c>image</c> / <c>image_digest</c> in each environment's properties).</summary>
    public DesktopImage Image { get; }

    /// <summary>The engine this provider talks to.</summary>
    public DockerEngine Engine => _engine;

    /// <summary>
    /// Connects to the engine, resolves the image and (unless disabled) reaps containers of dead harnesses.
    /// </summary>
    /// <exception cref="DockerEngineUnavailableException">No engine answers.</exception>
    /// <exception cref="EnvironmentImageMissingException">The image is not in the engine.</exception>
    public static async Task<DockerDesktopProvider> CreateAsync(
        DockerProviderOptions? options = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        options ??= DockerProviderOptions.Default;
        loggerFactory ??= NullLoggerFactory.Instance;
        var engine = await DockerEngine.ConnectAsync(options.Endpoint, cancellationToken).ConfigureAwait(false);
        try
        {
            if (options.ReapOnStart)
            {
                await new ContainerReaper(engine, loggerFactory.CreateLogger<ContainerReaper>()).ReapAsync(cancellationToken).ConfigureAwait(false);
            }

            var image = await DesktopImage.ResolveAsync(engine, options.External?.Image ?? options.Image, cancellationToken).ConfigureAwait(false);
            return new DockerDesktopProvider(engine, options, image, loggerFactory, timeProvider ?? TimeProvider.System);
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    public async Task<IEnvironment> AcquireAsync(EnvironmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var screen = _options.ScreenSize ?? request.ScreenSize;
        if (_externalLauncher is not null)
        {
            return await _externalLauncher.StartAsync(request.RunId, request.TaskId, screen, cancellationToken).ConfigureAwait(false);
        }

        if (_pool is not null)
        {
            var warm = await _pool.TakeAsync(screen, cancellationToken).ConfigureAwait(false);
            _pool.Refill(request.RunId, screen);
            if (warm is not null)
            {
                _logger.LogInformation("{Container}: warm desktop handed to task {Task}", warm.Id, request.TaskId);
                return warm;
            }
        }

        return await _launcher.StartAsync(request.RunId, request.TaskId, screen, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the warm pool and removes every container this provider started that is still there.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_pool is not null)
        {
            await _pool.DisposeAsync().ConfigureAwait(false);
        }

        await Task.Run(() => _registry.RemoveAllNow(TimeSpan.FromSeconds(30))).ConfigureAwait(false);
        _registry.Dispose();
        _engine.Dispose();
    }
}

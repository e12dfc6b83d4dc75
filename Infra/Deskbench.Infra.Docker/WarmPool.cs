using Deskbench.Core.Environments;
using Microsoft.Extensions.Logging;

namespace Deskbench.Infra.Docker;

/// <summary>
/// Desktops started ahead of demand. <see cref="TakeAsync"/> hands out the oldest started one of the right screen size
/// (waiting for it to be ready; a failed start is dropped), <see cref="Refill"/> starts new ones up to the pool size.
/// </summary>
internal sealed class WarmPool(DesktopContainerLauncher launcher, int size, ILogger logger) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Queue<(ScreenSize Screen, Task<DockerDesktopEnvironment> Start)> _starting = new();
    private readonly CancellationTokenSource _stopping = new();

    public async Task<DockerDesktopEnvironment?> TakeAsync(ScreenSize screen, CancellationToken cancellationToken)
    {
        while (true)
        {
            (ScreenSize Screen, Task<DockerDesktopEnvironment> Start) next;
            lock (_gate)
            {
                if (!_starting.TryDequeue(out next))
                {
                    return null;
                }
            }

            try
            {
                var environment = await next.Start.WaitAsync(cancellationToken).ConfigureAwait(false);
                if (next.Screen == screen)
                {
                    return environment;
                }

                await environment.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("a warm desktop failed to start: {Message}", exception.Message);
            }
        }
    }

    public void Refill(string runId, ScreenSize screen)
    {
        lock (_gate)
        {
            while (_starting.Count < size && !_stopping.IsCancellationRequested)
            {
                _starting.Enqueue((screen, launcher.StartAsync(runId, ContainerLabels.WarmTaskId, screen, _stopping.Token)));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        List<Task<DockerDesktopEnvironment>> pending;
        lock (_gate)
        {
            pending = [.. _starting.Select(entry => entry.Start)];
            _starting.Clear();
        }

        foreach (var start in pending)
        {
            try
            {
                await (await start.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // A start that failed or was cancelled has already removed its container.
            }
        }

        _stopping.Dispose();
    }
}

using System.Collections.Concurrent;
using Docker.DotNet.Models;

namespace Deskbench.Infra.Docker;

/// <summary>
/// The containers one provider has started and not yet removed. At process exit (Ctrl+C, end of run) whatever is still
/// here is removed, so nothing outlives the harness even when the caller never disposes the provider.
/// </summary>
internal sealed class ContainerRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, byte> _live = new(StringComparer.Ordinal);
    private readonly DockerEngine _engine;

    public ContainerRegistry(DockerEngine engine)
    {
        _engine = engine;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public void Add(string id) => _live[id] = 0;

    public void Forget(string id) => _live.TryRemove(id, out _);

    public IReadOnlyCollection<string> Live => [.. _live.Keys];

    /// <summary>Removes every container still registered (bounded; failures are left to the next run's reaper).</summary>
    public void RemoveAllNow(TimeSpan limit)
    {
        var ids = Live;
        if (ids.Count == 0)
        {
            return;
        }

        using var cancel = new CancellationTokenSource(limit);
        var removals = ids.Select(id => Task.Run(async () =>
        {
            try
            {
                await _engine.Client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cancel.Token)
                    .ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Best effort at exit; the reaper catches the rest.
            }

            Forget(id);
        }));
        try
        {
            Task.WaitAll([.. removals], limit);
        }
        catch (AggregateException)
        {
            // Already handled per container.
        }
    }

    public void Dispose() => AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;

    private void OnProcessExit(object? sender, EventArgs e) => RemoveAllNow(TimeSpan.FromSeconds(10));
}

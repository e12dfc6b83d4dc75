using System.Diagnostics;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;
using Deskbench.Core.Environments;
using Deskbench.Infra.Docker;

namespace Deskbench.Cli.Commands;

/// <summary>
/// <c>deskbench bench reset</c>: acquires fresh environments one after another and times each from the request until the
/// guest answers ("fresh environment ready"); on the docker provider it also reads each idle desktop's memory
/// (<c>docker stats</c>: cgroup usage minus inactive page cache) after it has settled. Prints p50/p95 against the targets.
/// </summary>
public sealed class ResetBenchmark(ResetBenchmarkSettings settings)
{
    public const string ReadyTarget = "≤ 2000 ms";
    public const string MemoryTarget = "≤ 400 MiB";

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var loggerFactory = CliLogging.Create(settings.Verbose);
        var provider = ProviderCatalog.Create(settings.ProviderName, settings.Screen, loggerFactory);
        var work = Path.Combine(Path.GetTempPath(), $"deskbench-bench-reset-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        var ready = new List<double>();
        var memory = new List<double>();
        try
        {
            // One unmeasured start: the first container of a run pays for loading the image's layers into the page cache.
            await (await provider.AcquireAsync(new EnvironmentRequest("bench-reset", "warm-up", settings.Screen, work), cancellationToken).ConfigureAwait(false))
                .DisposeAsync().ConfigureAwait(false);
            for (var i = 0; i < settings.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                var environment = await provider.AcquireAsync(new EnvironmentRequest("bench-reset", $"reset-{i}", settings.Screen, work), cancellationToken)
                    .ConfigureAwait(false);
                ready.Add(clock.Elapsed.TotalMilliseconds);
                await using (environment.ConfigureAwait(false))
                {
                    if (environment is DockerDesktopEnvironment container)
                    {
                        await Task.Delay(settings.IdleSettle, cancellationToken).ConfigureAwait(false);
                        memory.Add(await container.GetMemoryUsageAsync(cancellationToken).ConfigureAwait(false) / (1024.0 * 1024.0));
                    }
                }
            }
        }
        finally
        {
            if (provider is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }

            Directory.Delete(work, recursive: true);
        }

        var output = Console.Out;
        var image = provider is DockerDesktopProvider docker ? $", image {docker.Image.Reference} ({docker.Image.Id[..Math.Min(19, docker.Image.Id.Length)]})" : string.Empty;
        output.WriteLine($"deskbench bench reset — provider {provider.Name}{image}, {settings.Screen.Width}x{settings.Screen.Height}, {Environment.ProcessorCount} cores");
        output.WriteLine($"{"measure",-36} {"n",5} {"p50",9} {"p95",9}  target (p50)");
        output.WriteLine($"{"fresh environment ready (ms)",-36} {ready.Count,5} {Percentiles.Of(ready, 50),9:0} {Percentiles.Of(ready, 95),9:0}  {ReadyTarget}");
        if (memory.Count > 0)
        {
            output.WriteLine($"{"memory per idle desktop (MiB)",-36} {memory.Count,5} {Percentiles.Of(memory, 50),9:0} {Percentiles.Of(memory, 95),9:0}  {MemoryTarget}");
        }
        else
        {
            output.WriteLine($"memory per idle desktop: not measured on the {provider.Name} provider (docker only)");
        }

        return 0;
    }
}

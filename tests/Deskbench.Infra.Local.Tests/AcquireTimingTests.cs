using System.Diagnostics;

namespace Deskbench.Infra.Local.Tests;

/// <summary>Desktop tier: how long a fresh local desktop takes to be ready (target: median ≤ 3 s on 2 cores).</summary>
[Collection(AcquireTimingCollection.Name)]
public sealed class AcquireTimingTests : IDisposable
{
    private const int Acquisitions = 5;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(3);

    private readonly string _workDirectory = LocalTestSupport.NewWorkDirectory();

    [Fact]
    public async Task Median_acquire_time_is_printed_and_within_bounds()
    {
        DesktopPrerequisites.SkipIfMissing();
        var token = TestContext.Current.CancellationToken;
        var provider = LocalTestSupport.Provider();
        var acquire = new List<TimeSpan>();
        var teardown = new List<TimeSpan>();

        for (var i = 0; i < Acquisitions; i++)
        {
            var clock = Stopwatch.StartNew();
            var environment = await provider.AcquireAsync(LocalTestSupport.Request(_workDirectory, $"t{i}"), token);
            acquire.Add(clock.Elapsed);
            Assert.Equal("Linux", await environment.Guest.GetPlatformAsync(token));
            clock.Restart();
            await environment.DisposeAsync();
            teardown.Add(clock.Elapsed);
        }

        var median = Median(acquire);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"acquire over {Acquisitions} runs: median {median.TotalMilliseconds:0} ms (target ≤ {Target.TotalMilliseconds:0} ms); "
            + $"runs: {string.Join(", ", acquire.Select(t => $"{t.TotalMilliseconds:0}"))} ms; "
            + $"teardown median {Median(teardown).TotalMilliseconds:0} ms");
        // The target is 3 s; the assertion leaves room for a loaded CI machine, the printed median tracks the target.
        Assert.True(median < Target * 2, $"median acquire {median} is far above the {Target} target");
    }

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);
}

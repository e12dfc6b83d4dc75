using Deskbench.Harness.Episodes;
using Microsoft.Extensions.Time.Testing;

namespace Deskbench.Harness.Tests;

public sealed class PhaseClockTests
{
    [Fact]
    public async Task Accumulates_seconds_per_phase_and_remembers_the_current_one()
    {
        var time = new FakeTimeProvider();
        var clock = new PhaseClock(time);

        await clock.TimeAsync(EpisodePhase.Agent, () => { time.Advance(TimeSpan.FromSeconds(2)); return Task.CompletedTask; });
        await clock.TimeAsync(EpisodePhase.Agent, () => { time.Advance(TimeSpan.FromMilliseconds(500)); return Task.CompletedTask; });
        await Assert.ThrowsAsync<InvalidOperationException>(() => clock.TimeAsync(EpisodePhase.Evaluate, () =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            throw new InvalidOperationException();
        }));

        var seconds = clock.Snapshot();
        Assert.Equal(2.5, seconds[EpisodePhase.Agent]);
        Assert.Equal(1, seconds[EpisodePhase.Evaluate]);
        Assert.Equal(0, seconds[EpisodePhase.Setup]);
        Assert.Equal(EpisodePhase.All.Order(), seconds.Keys.Order());
        Assert.Equal(EpisodePhase.Evaluate, clock.Current);
    }
}

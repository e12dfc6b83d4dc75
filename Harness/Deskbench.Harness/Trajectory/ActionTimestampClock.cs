namespace Deskbench.Harness.Trajectory;

/// <summary>
/// Local-time action timestamps that strictly increase by at least one microsecond, so two actions of one step never
/// share a screenshot file name, even under a coarse or fake clock.
/// </summary>
public sealed class ActionTimestampClock(TimeProvider timeProvider)
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public DateTimeOffset Next()
    {
        var now = timeProvider.GetLocalNow();
        now = now.AddTicks(-(now.Ticks % TicksPerMicrosecond));
        if (now <= _last)
        {
            now = _last.AddTicks(TicksPerMicrosecond);
        }

        _last = now;
        return now;
    }
}

using Deskbench.Harness.Export;

namespace Deskbench.Harness.Tests.Export;

public sealed class ConfidenceIntervalTests
{
    [Theory]
    [InlineData(7, 10, 0.3968, 0.8922)]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(50, 100, 0.4038, 0.5962)]
    [InlineData(1, 1, 0.2065, 1.0)]
    public void Wilson_interval_matches_hand_computed_values(double successes, int trials, double lower, double upper)
    {
        var interval = ConfidenceInterval.Wilson(successes, trials);

        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    [Fact]
    public void No_trials_gives_the_whole_range()
    {
        Assert.Equal(new ConfidenceInterval(0, 1), ConfidenceInterval.Wilson(0, 0));
    }

    [Fact]
    public void Fractional_successes_fall_between_their_integer_neighbours()
    {
        var half = ConfidenceInterval.Wilson(3.5, 10);

        Assert.InRange(half.Lower, ConfidenceInterval.Wilson(3, 10).Lower, ConfidenceInterval.Wilson(4, 10).Lower);
        Assert.InRange(half.Upper, ConfidenceInterval.Wilson(3, 10).Upper, ConfidenceInterval.Wilson(4, 10).Upper);
    }

    [Fact]
    public void Negative_trials_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Wilson(0, -1));
    }
}

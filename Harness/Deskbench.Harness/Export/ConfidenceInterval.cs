namespace Deskbench.Harness.Export;

/// <summary>A two-sided confidence interval of a proportion, both ends in [0, 1].</summary>
public sealed record ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>The standard normal quantile of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// Wilson's score interval of <paramref name="successes"/> out of <paramref name="trials"/> (successes may be a sum
    /// of fractional scores). With no trials nothing is known: [0, 1].
    /// </summary>
    public static ConfidenceInterval Wilson(double successes, int trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (trials == 0)
        {
            return new(0, 1);
        }

        var n = (double)trials;
        var p = Math.Clamp(successes / n, 0, 1);
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var margin = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return new(Math.Max(0, centre - margin), Math.Min(1, centre + margin));
    }
}

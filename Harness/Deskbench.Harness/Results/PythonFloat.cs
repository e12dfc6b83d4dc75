using System.Globalization;

namespace Deskbench.Harness.Results;

/// <summary>Formats a double as Python's <c>repr(float)</c> / <c>f"{x}"</c> does (<c>1.0</c>, <c>0.5</c>, <c>1e-05</c>), as OSWorld writes result.txt.</summary>
public static class PythonFloat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        if (exponent is < -4 or >= 16)
        {
            return Scientific(roundTrip);
        }

        var plain = roundTrip.Contains('E', StringComparison.Ordinal)
            ? value.ToString("0.############################", CultureInfo.InvariantCulture)
            : roundTrip;
        return plain.Contains('.', StringComparison.Ordinal) ? plain : plain + ".0";
    }

    /// <summary>"1E-05" → "1e-05", "1.5E+16" → "1.5e+16".</summary>
    private static string Scientific(string roundTrip)
    {
        var mantissa = roundTrip;
        var exponent = 0;
        var e = roundTrip.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            mantissa = roundTrip[..e];
            exponent = int.Parse(roundTrip[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        else
        {
            var parsed = double.Parse(roundTrip, CultureInfo.InvariantCulture);
            var text = parsed.ToString("E16", CultureInfo.InvariantCulture);
            return Scientific(TrimMantissa(text));
        }

        var sign = exponent < 0 ? "-" : "+";
        return $"{mantissa}e{sign}{Math.Abs(exponent):00}";
    }

    private static string TrimMantissa(string exponential)
    {
        var e = exponential.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponential[..e].TrimEnd('0').TrimEnd('.');
        return mantissa + exponential[e..];
    }
}

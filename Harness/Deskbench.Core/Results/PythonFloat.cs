using System.Globalization;

namespace Deskbench.Core.Results;

/// <summary>
/// Formats a double as Python's <c>repr(float)</c> / <c>str(float)</c> does (<c>1.0</c>, <c>0.5</c>, <c>1e-05</c>, <c>1e+16</c>):
/// the form OSWorld writes into result.txt and the form Python-semantics metrics compare.
/// </summary>
public static class PythonFloat
{
    /// <summary>Shortest round-trip digits; exponent form below 1e-4 and from 1e16.</summary>
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

        // "E16" is not shortest; "R" is. Normalise R's output into digits and a decimal exponent.
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = dot >= 0 ? dot : text.Length;
        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        var leadingZeros = text.Replace(".", string.Empty, StringComparison.Ordinal).Length - digits.Length;
        digits = digits.TrimEnd('0');
        // value = 0.d1d2d3... * 10^(decimalPoint)
        var decimalPoint = integerDigits + exponent - leadingZeros;
        var sign = value < 0 ? "-" : string.Empty;
        var pythonExponent = decimalPoint - 1;
        if (pythonExponent < -4 || pythonExponent >= 16)
        {
            var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            var exponentSign = pythonExponent < 0 ? "-" : "+";
            return $"{sign}{mantissa}e{exponentSign}{Math.Abs(pythonExponent):00}";
        }

        if (decimalPoint <= 0)
        {
            return $"{sign}0.{new string('0', -decimalPoint)}{digits}";
        }

        if (decimalPoint >= digits.Length)
        {
            return $"{sign}{digits}{new string('0', decimalPoint - digits.Length)}.0";
        }

        return $"{sign}{digits[..decimalPoint]}.{digits[decimalPoint..]}";
    }
}

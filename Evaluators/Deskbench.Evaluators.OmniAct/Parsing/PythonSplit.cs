namespace Deskbench.Evaluators.OmniAct.Parsing;

/// <summary>
/// Python's <c>str.split(sep)[i]</c>, which the official script uses for all its parsing: the text between the i-th and
/// the (i+1)-th separator. Returns null where Python would raise IndexError.
/// </summary>
internal static class PythonSplit
{
    public static string? Segment(string text, string separator, int index)
    {
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            var found = text.IndexOf(separator, start, StringComparison.Ordinal);
            if (found < 0)
            {
                return null;
            }

            start = found + separator.Length;
        }

        var end = text.IndexOf(separator, start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary><c>re.split("\"|'", text)[index]</c>: split on either quote character.</summary>
    public static string? SegmentOnAnyQuote(string text, int index)
    {
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            var found = text.IndexOfAny(Quotes, start);
            if (found < 0)
            {
                return null;
            }

            start = found + 1;
        }

        var end = text.IndexOfAny(Quotes, start);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>Python's <c>float(text)</c> for the forms that occur in scripts (whitespace, sign, decimals, exponent).</summary>
    public static bool TryParseFloat(string? text, out double value)
    {
        value = 0;
        return text is not null && double.TryParse(
            text.Trim(),
            System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture,
            out value);
    }

    private static readonly char[] Quotes = ['"', '\''];
}

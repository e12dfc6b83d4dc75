using System.Globalization;
using System.Text;

namespace Deskbench.Guest.Client.OsWorld;

/// <summary>Python source literals as <c>repr()</c> writes them: single-quoted strings with escapes, ints, floats with a dot.</summary>
public static class PythonLiteral
{
    /// <summary>
    /// A single-quoted Python string literal of <paramref name="text"/>: backslash, quote and control characters escaped
    /// (<c>\n</c>, <c>\t</c>, <c>\r</c>, <c>\xNN</c>); other characters, non-ASCII included, kept as they are (Python 3
    /// source is UTF-8). Lone surrogates cannot be written and throw <see cref="ArgumentException"/>.
    /// </summary>
    public static string String(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2).Append('\'');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\'': builder.Append("\\'"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or '\x7f':
                    builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                    {
                        throw new ArgumentException($"the text has a lone UTF-16 surrogate at index {i}", nameof(text));
                    }

                    builder.Append(c);
                    if (char.IsHighSurrogate(c))
                    {
                        builder.Append(text[++i]);
                    }

                    break;
            }
        }

        return builder.Append('\'').ToString();
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A float as Python writes it: shortest round-trip digits, always with a dot or exponent (<c>1.0</c>, <c>0.25</c>).</summary>
    public static string Float(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{value} has no Python literal", nameof(value));
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text.Replace("E", "e", StringComparison.Ordinal) : text + ".0";
    }
}

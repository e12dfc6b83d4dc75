using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Python;

/// <summary>Python's <c>str(x)</c> and <c>repr(x)</c> of JSON values (e.g. <c>True</c>, <c>None</c>, <c>1.0</c>, <c>['a', 1]</c>).</summary>
public static class PythonFormatting
{
    public static string Str(JsonNode? node) =>
        PythonValues.TypeOf(node) == PythonType.Str ? node!.GetValue<string>() : Repr(node);

    public static string Repr(JsonNode? node)
    {
        var builder = new StringBuilder();
        AppendRepr(builder, node);
        return builder.ToString();
    }

    /// <summary>Python's <c>repr(float)</c> (see <see cref="Deskbench.Core.Results.PythonFloat"/>).</summary>
    public static string FloatRepr(double value) => Deskbench.Core.Results.PythonFloat.Format(value);

    /// <summary>Python's <c>repr(str)</c>: single quotes unless the text has a single quote and no double quote.</summary>
    public static string StringRepr(string value)
    {
        var quote = value.Contains('\'', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal)
            ? '"'
            : '\'';
        var builder = new StringBuilder(value.Length + 2).Append(quote);
        foreach (var rune in value.EnumerateRunes())
        {
            AppendEscaped(builder, rune, quote);
        }

        return builder.Append(quote).ToString();
    }

    private static void AppendRepr(StringBuilder builder, JsonNode? node)
    {
        switch (PythonValues.TypeOf(node))
        {
            case PythonType.None:
                builder.Append("None");
                break;
            case PythonType.Bool:
                builder.Append(node!.GetValue<bool>() ? "True" : "False");
                break;
            case PythonType.Int:
                builder.Append(PythonValues.GetInteger(node).ToString(CultureInfo.InvariantCulture));
                break;
            case PythonType.Float:
                builder.Append(FloatRepr(PythonValues.GetFloat(node)));
                break;
            case PythonType.Str:
                builder.Append(StringRepr(node!.GetValue<string>()));
                break;
            case PythonType.List:
                builder.Append('[');
                AppendJoined(builder, (JsonArray)node!, AppendRepr);
                builder.Append(']');
                break;
            case PythonType.Dict:
                builder.Append('{');
                AppendJoined(builder, (JsonObject)node!, (b, pair) =>
                {
                    b.Append(StringRepr(pair.Key)).Append(": ");
                    AppendRepr(b, pair.Value);
                });
                builder.Append('}');
                break;
        }
    }

    private static void AppendJoined<T>(StringBuilder builder, IEnumerable<T> items, Action<StringBuilder, T> append)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            append(builder, item);
            first = false;
        }
    }

    private static void AppendEscaped(StringBuilder builder, Rune rune, char quote)
    {
        var value = rune.Value;
        switch (value)
        {
            case '\\':
                builder.Append(@"\\");
                return;
            case '\n':
                builder.Append(@"\n");
                return;
            case '\r':
                builder.Append(@"\r");
                return;
            case '\t':
                builder.Append(@"\t");
                return;
        }

        if (value == quote)
        {
            builder.Append('\\').Append(quote);
        }
        else if (IsPrintable(rune))
        {
            builder.Append(rune.ToString());
        }
        else if (value <= 0xff)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\\x{value:x2}");
        }
        else if (value <= 0xffff)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\\u{value:x4}");
        }
        else
        {
            builder.Append(CultureInfo.InvariantCulture, $"\\U{value:x8}");
        }
    }

    private static bool IsPrintable(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}

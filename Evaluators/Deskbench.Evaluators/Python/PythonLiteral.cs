using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Python;

/// <summary>
/// Evaluates a Python literal (what OSWorld's <c>eval()</c> of command output sees): strings in either quote with escapes
/// and implicit concatenation, ints, floats, True/False/None, lists, tuples (as lists) and dicts with str keys. Anything
/// else is a SyntaxError (<see cref="PythonErrorException"/>).
/// </summary>
public sealed class PythonLiteral
{
    private readonly string text;
    private int position;

    private PythonLiteral(string text) => this.text = text;

    public static JsonNode? Parse(string text)
    {
        var parser = new PythonLiteral(text);
        var value = parser.ParseValue();
        parser.SkipSpace();
        return parser.position == text.Length ? value : throw parser.Error("unexpected text after the literal");
    }

    private JsonNode? ParseValue()
    {
        SkipSpace();
        if (position >= text.Length)
        {
            throw Error("unexpected end of input");
        }

        var c = text[position];
        return c switch
        {
            '[' => ParseSequence(']'),
            '(' => ParseSequence(')'),
            '{' => ParseDict(),
            '\'' or '"' => ParseStrings(),
            _ when char.IsAsciiDigit(c) || c is '-' or '+' or '.' => ParseNumber(),
            _ => ParseName(),
        };
    }

    private JsonArray ParseSequence(char close)
    {
        position++;
        var items = new JsonArray();
        while (true)
        {
            SkipSpace();
            if (Peek() == close)
            {
                position++;
                return items;
            }

            items.Add(ParseValue());
            SkipSpace();
            if (Peek() == ',')
            {
                position++;
            }
            else if (Peek() != close)
            {
                throw Error($"expected ',' or '{close}'");
            }
        }
    }

    private JsonObject ParseDict()
    {
        position++;
        var items = new JsonObject();
        while (true)
        {
            SkipSpace();
            if (Peek() == '}')
            {
                position++;
                return items;
            }

            var key = ParseValue();
            SkipSpace();
            Expect(':');
            items[PythonFormatting.Str(key)] = ParseValue();
            SkipSpace();
            if (Peek() == ',')
            {
                position++;
            }
            else if (Peek() != '}')
            {
                throw Error("expected ',' or '}'");
            }
        }
    }

    private JsonValue ParseStrings()
    {
        var builder = new StringBuilder();
        do
        {
            ParseString(builder);
            SkipSpace();
        }
        while (Peek() is '\'' or '"');

        return JsonValue.Create(builder.ToString());
    }

    private void ParseString(StringBuilder builder)
    {
        var quote = text[position++];
        while (true)
        {
            if (position >= text.Length || text[position] == '\n')
            {
                throw Error("unterminated string literal");
            }

            var c = text[position++];
            if (c == quote)
            {
                return;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = text[position++];
            builder.Append(escape switch
            {
                'n' => "\n",
                't' => "\t",
                'r' => "\r",
                '0' => "\0",
                '\\' or '\'' or '"' => escape.ToString(),
                'x' => ReadCodePoint(2),
                'u' => ReadCodePoint(4),
                'U' => ReadCodePoint(8),
                _ => "\\" + escape,
            });
        }
    }

    private string ReadCodePoint(int digits)
    {
        var value = int.Parse(text.AsSpan(position, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        position += digits;
        return char.ConvertFromUtf32(value);
    }

    private JsonNode ParseNumber()
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '.' or '_' or '+' or '-'))
        {
            position++;
        }

        var literal = text[start..position].Replace("_", string.Empty, StringComparison.Ordinal);
        if (System.Numerics.BigInteger.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonNode.Parse(integer.ToString(CultureInfo.InvariantCulture))!;
        }

        return double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : throw Error($"invalid number '{literal}'");
    }

    private JsonValue? ParseName()
    {
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        return text[start..position] switch
        {
            "True" => JsonValue.Create(true),
            "False" => JsonValue.Create(false),
            "None" => null,
            var name => throw Error($"name '{name}' is not a literal"),
        };
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        position++;
    }

    private char Peek() => position < text.Length ? text[position] : '\0';

    private void SkipSpace()
    {
        while (position < text.Length && PythonText.IsSpace(text[position]))
        {
            position++;
        }
    }

    private PythonErrorException Error(string message) => new("SyntaxError", $"{message} at {position}");
}

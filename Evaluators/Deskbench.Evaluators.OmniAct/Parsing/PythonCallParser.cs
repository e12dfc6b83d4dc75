using System.Globalization;
using System.Text;

namespace Deskbench.Evaluators.OmniAct.Parsing;

/// <summary>
/// Reads one <c>pyautogui.fn(...)</c> line the way Python would (corrected mode): positional and keyword arguments,
/// string literals in either quote with escapes, numbers, lists and tuples. Returns null for text that is not a call.
/// </summary>
internal sealed class PythonCallParser
{
    private const string Prefix = "pyautogui.";
    private readonly string _text;
    private int _position;

    private PythonCallParser(string text) => _text = text;

    public static PythonCall? Parse(string line)
    {
        var text = line.Trim();
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parser = new PythonCallParser(text) { _position = Prefix.Length };
        return parser.ParseCall();
    }

    private PythonCall? ParseCall()
    {
        var name = ReadIdentifier();
        SkipSpaces();
        if (name.Length == 0 || !Accept('('))
        {
            return null;
        }

        var positional = new List<PythonArgument>();
        var keyword = new Dictionary<string, PythonArgument>(StringComparer.Ordinal);
        SkipSpaces();
        while (!Accept(')'))
        {
            var start = _position;
            var key = ReadIdentifier();
            SkipSpaces();
            if (key.Length > 0 && Peek() == '=' && Peek(1) != '=')
            {
                _position++;
                SkipSpaces();
                var named = ReadValue();
                if (named is null)
                {
                    return null;
                }

                keyword[key] = named;
            }
            else
            {
                _position = start;
                var value = ReadValue();
                if (value is null)
                {
                    return null;
                }

                positional.Add(value);
            }

            SkipSpaces();
            if (!Accept(',') && Peek() != ')')
            {
                return null;
            }

            SkipSpaces();
        }

        return new PythonCall(name, positional, keyword);
    }

    private PythonArgument? ReadValue()
    {
        SkipSpaces();
        var start = _position;
        var c = Peek();
        if (c is '"' or '\'')
        {
            var text = ReadString(c);
            return text is null ? null : new PythonArgument(_text[start.._position], text, null, null);
        }

        if (c is '[' or '(')
        {
            return ReadSequence(c == '[' ? ']' : ')', start);
        }

        while (_position < _text.Length && Peek() is not (',' or ')' or ']'))
        {
            _position++;
        }

        var raw = _text[start.._position].Trim();
        if (raw.Length == 0)
        {
            return null;
        }

        double? number = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return new PythonArgument(raw, null, number, null);
    }

    private PythonArgument? ReadSequence(char close, int start)
    {
        _position++;
        var items = new List<PythonArgument>();
        SkipSpaces();
        while (!Accept(close))
        {
            var item = ReadValue();
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            SkipSpaces();
            if (!Accept(',') && Peek() != close)
            {
                return null;
            }

            SkipSpaces();
        }

        return new PythonArgument(_text[start.._position], null, null, items);
    }

    private string? ReadString(char quote)
    {
        _position++;
        var value = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == quote)
            {
                return value.ToString();
            }

            if (c == '\\' && _position < _text.Length)
            {
                var escaped = _text[_position++];
                value.Append(escaped switch
                {
                    'n' => "\n",
                    't' => "\t",
                    'r' => "\r",
                    '\\' or '\'' or '"' => escaped.ToString(),
                    _ => "\\" + escaped,
                });
                continue;
            }

            value.Append(c);
        }

        return null;
    }

    private string ReadIdentifier()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private bool Accept(char expected)
    {
        if (Peek() != expected)
        {
            return false;
        }

        _position++;
        return true;
    }

    private char Peek(int ahead = 0) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';
}

using System.Globalization;
using System.Text;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Splits the Python subset agents emit into tokens: names, numbers (int, float, hex/octal/binary, underscores),
/// string literals (single, double and triple quotes, escapes, r/u/b prefixes, f-strings without fields), operators and
/// logical line ends. Comments and backslash continuations are skipped; newlines inside brackets do not end a line.
/// Indentation is not significant (only straight-line code is accepted).
/// </summary>
internal sealed class PythonTokenizer
{
    private static readonly string[] TwoCharOperators = ["**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", ":=", "->"];
    private const string SingleCharOperators = "()[]{},.;:=+-*/%<>@~&|^!";

    private readonly string _code;
    private readonly List<PythonToken> _tokens = [];
    private readonly Stack<PythonToken> _openBrackets = new();
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private PythonTokenizer(string code) => _code = code;

    public static IReadOnlyList<PythonToken> Tokenize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var tokenizer = new PythonTokenizer(code);
        tokenizer.Run();
        return tokenizer._tokens;
    }

    private int Column => _pos - _lineStart + 1;

    private char Peek(int offset = 0) => _pos + offset < _code.Length ? _code[_pos + offset] : '\0';

    private void Run()
    {
        while (_pos < _code.Length)
        {
            var c = _code[_pos];
            if (c == '\n')
            {
                EndLogicalLine();
                NewPhysicalLine();
            }
            else if (c is ' ' or '\t' or '\f' or '\r' or '\v' || c == '\uFEFF')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _code.Length && _code[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '\\' && IsLineBreakAt(_pos + 1))
            {
                _pos++;
                if (Peek() == '\r')
                {
                    _pos++;
                }

                NewPhysicalLine();
            }
            else if (char.IsLetter(c) || c == '_')
            {
                ReadNameOrPrefixedString();
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
            {
                ReadNumber();
            }
            else if (c is '\'' or '"')
            {
                ReadString(_pos, _pos, raw: false, formatted: false);
            }
            else
            {
                ReadOperator();
            }
        }

        if (_openBrackets.Count > 0)
        {
            var open = _openBrackets.Peek();
            throw Error(open.Line, open.Column, $"'{open.Text}' is never closed");
        }

        EndLogicalLine();
        _tokens.Add(new PythonToken(PythonTokenKind.End, "", null, _line, Column));
    }

    private bool IsLineBreakAt(int index) =>
        index < _code.Length && (_code[index] == '\n' || (_code[index] == '\r' && index + 1 < _code.Length && _code[index + 1] == '\n'));

    private void NewPhysicalLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void EndLogicalLine()
    {
        if (_openBrackets.Count == 0 && _tokens.Count > 0 && _tokens[^1].Kind != PythonTokenKind.Newline)
        {
            _tokens.Add(new PythonToken(PythonTokenKind.Newline, "\n", null, _line, Column));
        }
    }

    private void ReadNameOrPrefixedString()
    {
        var start = _pos;
        while (_pos < _code.Length && (char.IsLetterOrDigit(_code[_pos]) || _code[_pos] == '_'))
        {
            _pos++;
        }

        var name = _code[start.._pos];
        if (Peek() is '\'' or '"' && IsStringPrefix(name))
        {
            var lower = name.ToLowerInvariant();
            ReadString(start, _pos, raw: lower.Contains('r', StringComparison.Ordinal), formatted: lower.Contains('f', StringComparison.Ordinal));
            return;
        }

        _tokens.Add(new PythonToken(PythonTokenKind.Name, name, null, _line, start - _lineStart + 1));
    }

    private static bool IsStringPrefix(string name) =>
        name.ToLowerInvariant() is "r" or "u" or "b" or "f" or "rb" or "br" or "fr" or "rf";

    private void ReadNumber()
    {
        var start = _pos;
        var column = Column;
        if (Peek() == '0' && char.ToLowerInvariant(Peek(1)) is 'x' or 'o' or 'b')
        {
            var radix = char.ToLowerInvariant(Peek(1)) switch { 'x' => 16, 'o' => 8, _ => 2 };
            _pos += 2;
            while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_')
            {
                _pos++;
            }

            var digits = _code[(start + 2).._pos].Replace("_", "", StringComparison.Ordinal);
            try
            {
                var value = Convert.ToInt64(digits, radix);
                _tokens.Add(new PythonToken(PythonTokenKind.Number, _code[start.._pos], value, _line, column));
                return;
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                throw Error(_line, column, $"'{_code[start.._pos]}' is not a valid number", e);
            }
        }

        var isFloat = false;
        SkipDigits();
        if (Peek() == '.')
        {
            isFloat = true;
            _pos++;
            SkipDigits();
        }

        if (char.ToLowerInvariant(Peek()) == 'e' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            isFloat = true;
            _pos += 2;
            SkipDigits();
        }

        var text = _code[start.._pos];
        if (char.IsAsciiLetter(Peek()))
        {
            throw Error(_line, column, $"'{text}{Peek()}' is not a valid number");
        }

        var clean = text.Replace("_", "", StringComparison.Ordinal);
        object number;
        if (isFloat)
        {
            number = double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        else
        {
            number = long.TryParse(clean, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
                ? l
                : throw Error(_line, column, $"the integer {text} is too large");
        }

        _tokens.Add(new PythonToken(PythonTokenKind.Number, text, number, _line, column));
    }

    private void SkipDigits()
    {
        while (char.IsAsciiDigit(Peek()) || (Peek() == '_' && char.IsAsciiDigit(Peek(1))))
        {
            _pos++;
        }
    }

    private void ReadString(int tokenStart, int quoteStart, bool raw, bool formatted)
    {
        var line = _line;
        var column = tokenStart - _lineStart + 1;
        var quote = _code[quoteStart];
        var triple = Peek(1) == quote && Peek(2) == quote;
        _pos = quoteStart + (triple ? 3 : 1);
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _code.Length)
            {
                throw Error(line, column, "this string literal is never closed");
            }

            var c = _code[_pos];
            if (c == quote && (!triple || (Peek(1) == quote && Peek(2) == quote)))
            {
                _pos += triple ? 3 : 1;
                break;
            }

            if (c == '\n')
            {
                if (!triple)
                {
                    throw Error(line, column, "this string literal is never closed on its line (use \\n for a newline)");
                }

                value.Append('\n');
                NewPhysicalLine();
                continue;
            }

            if (c == '\\')
            {
                ReadEscape(value, raw, line, column);
                continue;
            }

            value.Append(c);
            _pos++;
        }

        var text = _code[tokenStart.._pos];
        if (formatted && (value.ToString().Contains('{', StringComparison.Ordinal) || value.ToString().Contains('}', StringComparison.Ordinal)))
        {
            throw Error(line, column, "f-strings with fields are not supported; write the text literally");
        }

        _tokens.Add(new PythonToken(PythonTokenKind.String, text, value.ToString(), line, column));
    }

    private void ReadEscape(StringBuilder value, bool raw, int line, int column)
    {
        var next = Peek(1);
        if (IsLineBreakAt(_pos + 1))
        {
            // A backslash before a newline continues the literal on the next line (raw strings keep both).
            if (raw)
            {
                value.Append('\\').Append('\n');
            }

            _pos++;
            if (Peek() == '\r')
            {
                _pos++;
            }

            NewPhysicalLine();
            return;
        }

        if (raw)
        {
            value.Append('\\');
            if (_pos + 1 < _code.Length)
            {
                value.Append(next);
            }

            _pos += 2;
            return;
        }

        _pos += 2;
        switch (next)
        {
            case 'n': value.Append('\n'); break;
            case 't': value.Append('\t'); break;
            case 'r': value.Append('\r'); break;
            case '\\': value.Append('\\'); break;
            case '\'': value.Append('\''); break;
            case '"': value.Append('"'); break;
            case 'a': value.Append('\a'); break;
            case 'b': value.Append('\b'); break;
            case 'f': value.Append('\f'); break;
            case 'v': value.Append('\v'); break;
            case 'x': value.Append(ReadHexEscape(2, line, column)); break;
            case 'u': value.Append(ReadHexEscape(4, line, column)); break;
            case 'U': value.Append(ReadHexEscape(8, line, column)); break;
            case >= '0' and <= '7': value.Append(ReadOctalEscape(next)); break;
            case 'N': throw Error(line, column, "\\N{...} escapes are not supported; write the character itself");
            default: value.Append('\\').Append(next); break; // Python keeps unknown escapes verbatim.
        }
    }

    private string ReadHexEscape(int digits, int line, int column)
    {
        if (_pos + digits > _code.Length
            || !int.TryParse(_code.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
            || codePoint > 0x10FFFF)
        {
            throw Error(line, column, $"a \\{_code[_pos - 1]} escape needs {digits} hex digits");
        }

        _pos += digits;
        return char.ConvertFromUtf32(codePoint);
    }

    private char ReadOctalEscape(char first)
    {
        var value = first - '0';
        for (var i = 0; i < 2 && Peek() is >= '0' and <= '7'; i++)
        {
            value = (value * 8) + (Peek() - '0');
            _pos++;
        }

        return (char)value;
    }

    private void ReadOperator()
    {
        var column = Column;
        if (_pos + 1 < _code.Length && Array.IndexOf(TwoCharOperators, _code.Substring(_pos, 2)) >= 0)
        {
            _tokens.Add(new PythonToken(PythonTokenKind.Operator, _code.Substring(_pos, 2), null, _line, column));
            _pos += 2;
            return;
        }

        var c = _code[_pos];
        if (!SingleCharOperators.Contains(c, StringComparison.Ordinal))
        {
            throw Error(_line, column, $"unexpected character '{c}'");
        }

        var token = new PythonToken(PythonTokenKind.Operator, c.ToString(), null, _line, column);
        _tokens.Add(token);
        _pos++;
        TrackBrackets(token);
    }

    private void TrackBrackets(PythonToken token)
    {
        switch (token.Text)
        {
            case "(" or "[" or "{":
                _openBrackets.Push(token);
                break;
            case ")" or "]" or "}":
                var expected = token.Text switch { ")" => "(", "]" => "[", _ => "{" };
                if (_openBrackets.Count == 0 || _openBrackets.Peek().Text != expected)
                {
                    throw Error(token.Line, token.Column, $"'{token.Text}' does not match any open '{expected}'");
                }

                _openBrackets.Pop();
                break;
        }
    }

    private static ActionTranslationException Error(int line, int column, string message, Exception? inner = null)
    {
        var text = $"line {line}, column {column}: {message}";
        return inner is null ? new ActionTranslationException(text) : new ActionTranslationException(text, inner);
    }
}

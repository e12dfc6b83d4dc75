using System.Globalization;
using System.Text;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// Translates CSS selectors to XPath 1.0 the way Python's cssselect (behind lxml's <c>CSSSelector</c>, XML mode) does, for
/// the selectors OSWorld tasks use: type and universal selectors (optionally <c>ns|tag</c>), <c>#id</c>, <c>.class</c>,
/// attribute tests (<c>[a]</c>, <c>=</c>, <c>~=</c>, <c>|=</c>, <c>^=</c>, <c>$=</c>, <c>*=</c>, <c>!=</c>; namespaced as
/// <c>[attr|id=x]</c>), the combinators descendant, <c>&gt;</c>, <c>+</c>, <c>~</c>, selector groups (<c>,</c>), CSS escapes
/// (<c>Google\ Chrome</c>), and the pseudo-classes <c>:first-child</c>, <c>:last-child</c>, <c>:only-child</c>,
/// <c>:empty</c>, <c>:root</c>, <c>:not(…)</c> and cssselect's <c>:contains("text")</c>. Anything else throws
/// <see cref="FormatException"/>. The XPath is relative to the element it is evaluated on (<c>descendant-or-self::</c>).
/// </summary>
public sealed class CssSelectorToXPath
{
    private readonly string _css;
    private int _at;

    private CssSelectorToXPath(string css) => _css = css;

    public static string Translate(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var parser = new CssSelectorToXPath(css);
        var alternatives = new List<string> { parser.Selector() };
        while (parser.TryConsume(','))
        {
            alternatives.Add(parser.Selector());
        }

        parser.SkipSpace();
        if (parser._at < css.Length)
        {
            throw parser.Error($"unexpected '{css[parser._at]}'");
        }

        return string.Join(" | ", alternatives);
    }

    private string Selector()
    {
        SkipSpace();
        var path = "descendant-or-self::" + Compound();
        while (true)
        {
            var hadSpace = SkipSpace();
            if (_at >= _css.Length || _css[_at] == ',' || _css[_at] == ')')
            {
                return path;
            }

            var combinator = _css[_at] is '>' or '+' or '~' ? _css[_at++] : hadSpace ? ' ' : throw Error($"unexpected '{_css[_at]}'");
            SkipSpace();
            var (name, conditions) = CompoundParts();
            path += combinator switch
            {
                '>' => "/" + Step(name, conditions),
                '~' => "/following-sibling::" + Step(name, conditions),
                '+' => "/following-sibling::*[1]" + (name == "*" ? "" : $"[self::{name}]") + Conditions(conditions),
                _ => "/descendant-or-self::*/" + Step(name, conditions),
            };
        }
    }

    private string Compound()
    {
        var (name, conditions) = CompoundParts();
        return Step(name, conditions);
    }

    private static string Step(string name, List<string> conditions) => name + Conditions(conditions);

    private static string Conditions(List<string> conditions) =>
        conditions.Count == 0 ? "" : "[" + string.Join(" and ", conditions.Select(c => conditions.Count > 1 ? "(" + c + ")" : c)) + "]";

    private (string Name, List<string> Conditions) CompoundParts()
    {
        var name = "*";
        var parsed = false;
        if (_at < _css.Length && (_css[_at] == '*' || IsIdentStart()))
        {
            parsed = true;
            name = _css[_at] == '*' ? Advance("*") : Identifier();
            if (_at + 1 < _css.Length && _css[_at] == '|' && _css[_at + 1] != '=')
            {
                _at++;
                name = name + ":" + (_css[_at] == '*' ? Advance("*") : Identifier());
            }
        }

        var conditions = new List<string>();
        while (_at < _css.Length)
        {
            switch (_css[_at])
            {
                case '#':
                    _at++;
                    conditions.Add("@id = " + Literal(Identifier()));
                    break;
                case '.':
                    _at++;
                    conditions.Add(WordTest("@class", Identifier()));
                    break;
                case '[':
                    conditions.Add(Attribute());
                    break;
                case ':':
                    conditions.Add(Pseudo());
                    break;
                default:
                    return parsed || conditions.Count > 0 ? (name, conditions) : throw Error($"expected a selector at '{_css[_at]}'");
            }
        }

        return parsed || conditions.Count > 0 ? (name, conditions) : throw Error("expected a selector at the end");
    }

    private string Attribute()
    {
        _at++; // [
        SkipSpace();
        var attribute = "@" + Identifier();
        if (_at + 1 < _css.Length && _css[_at] == '|' && _css[_at + 1] != '=')
        {
            _at++;
            attribute = attribute + ":" + Identifier();
        }

        SkipSpace();
        if (TryConsume(']'))
        {
            return attribute;
        }

        var op = _css[_at] == '=' ? Advance("=") : _at + 1 < _css.Length && _css[_at + 1] == '=' ? _css.Substring(_at, 2) : throw Error("expected an attribute operator");
        _at += op.Length == 2 ? 2 : 0;
        SkipSpace();
        var value = _at < _css.Length && _css[_at] is '"' or '\'' ? QuotedString() : Identifier();
        SkipSpace();
        if (!TryConsume(']'))
        {
            throw Error("expected ']'");
        }

        var literal = Literal(value);
        return op switch
        {
            "=" => $"{attribute} = {literal}",
            "~=" => value.Length == 0 || value.Any(char.IsWhiteSpace) ? "0" : $"{attribute} and {WordTest(attribute, value)}",
            "|=" => $"{attribute} and ({attribute} = {literal} or starts-with({attribute}, {Literal(value + "-")}))",
            "^=" => value.Length == 0 ? "0" : $"{attribute} and starts-with({attribute}, {literal})",
            "$=" => value.Length == 0 ? "0" : string.Create(CultureInfo.InvariantCulture,
                $"{attribute} and substring({attribute}, string-length({attribute})-{value.Length - 1}) = {literal}"),
            "*=" => value.Length == 0 ? "0" : $"{attribute} and contains({attribute}, {literal})",
            "!=" => $"not({attribute}) or {attribute} != {literal}",
            _ => throw Error($"unknown attribute operator '{op}'"),
        };
    }

    private string Pseudo()
    {
        _at++; // :
        var name = Identifier().ToLowerInvariant();
        switch (name)
        {
            case "first-child": return "count(preceding-sibling::*) = 0";
            case "last-child": return "count(following-sibling::*) = 0";
            case "only-child": return "count(parent::*/child::*) = 1";
            case "empty": return "not(*) and not(string-length())";
            case "root": return "not(parent::*)";
        }

        if (!TryConsume('('))
        {
            throw Error($"unsupported pseudo-class ':{name}'");
        }

        SkipSpace();
        string condition;
        if (name == "not")
        {
            var (inner, conditions) = CompoundParts();
            var parts = new List<string>(conditions);
            if (inner != "*")
            {
                parts.Insert(0, $"self::{inner}");
            }

            condition = parts.Count == 0 ? "0" : $"not({string.Join(" and ", parts)})";
        }
        else if (name == "contains")
        {
            var text = _at < _css.Length && _css[_at] is '"' or '\'' ? QuotedString() : Identifier();
            condition = $"contains(string(.), {Literal(text)})";
        }
        else
        {
            throw Error($"unsupported pseudo-class ':{name}(…)'");
        }

        SkipSpace();
        return TryConsume(')') ? condition : throw Error("expected ')'");
    }

    private static string WordTest(string attribute, string word) =>
        $"contains(concat(' ', normalize-space({attribute}), ' '), {Literal(" " + word + " ")})";

    /// <summary>An XPath 1.0 string literal of <paramref name="value"/> (with <c>concat</c> when it holds both quote kinds).</summary>
    private static string Literal(string value)
    {
        if (!value.Contains('\'', StringComparison.Ordinal))
        {
            return "'" + value + "'";
        }

        if (!value.Contains('"', StringComparison.Ordinal))
        {
            return "\"" + value + "\"";
        }

        return "concat(" + string.Join(", \"'\", ", value.Split('\'').Select(part => "'" + part + "'")) + ")";
    }

    private bool IsIdentStart() =>
        _at < _css.Length && (char.IsLetter(_css[_at]) || _css[_at] is '_' or '-' or '\\' || _css[_at] > 127);

    private string Identifier()
    {
        var text = new StringBuilder();
        while (_at < _css.Length)
        {
            var c = _css[_at];
            if (c == '\\')
            {
                text.Append(Escape());
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '-' || c > 127)
            {
                text.Append(c);
                _at++;
            }
            else
            {
                break;
            }
        }

        return text.Length > 0 ? text.ToString() : throw Error("expected a name");
    }

    private string QuotedString()
    {
        var quote = _css[_at++];
        var text = new StringBuilder();
        while (_at < _css.Length && _css[_at] != quote)
        {
            if (_css[_at] == '\\')
            {
                if (_at + 1 < _css.Length && _css[_at + 1] == '\n')
                {
                    _at += 2;
                    continue;
                }

                text.Append(Escape());
            }
            else
            {
                text.Append(_css[_at++]);
            }
        }

        return TryConsume(quote) ? text.ToString() : throw Error("unterminated string");
    }

    /// <summary>A CSS escape: backslash and 1–6 hex digits (plus one optional space), or backslash and any other character.</summary>
    private string Escape()
    {
        _at++; // backslash
        if (_at >= _css.Length)
        {
            throw Error("a selector cannot end with a backslash");
        }

        var start = _at;
        while (_at < _css.Length && _at - start < 6 && Uri.IsHexDigit(_css[_at]))
        {
            _at++;
        }

        if (_at == start)
        {
            return _css[_at++].ToString();
        }

        var codePoint = int.Parse(_css.AsSpan(start, _at - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (_at < _css.Length && _css[_at] == ' ')
        {
            _at++;
        }

        return codePoint is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(codePoint);
    }

    private string Advance(string token)
    {
        _at += token.Length;
        return token;
    }

    private bool SkipSpace()
    {
        var start = _at;
        while (_at < _css.Length && char.IsWhiteSpace(_css[_at]))
        {
            _at++;
        }

        return _at > start;
    }

    private bool TryConsume(char c)
    {
        SkipSpace();
        if (_at < _css.Length && _css[_at] == c)
        {
            _at++;
            return true;
        }

        return false;
    }

    private FormatException Error(string message) =>
        new($"CSS selector '{_css}': {message} at position {_at.ToString(CultureInfo.InvariantCulture)}");
}

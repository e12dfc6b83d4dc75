using System.Text;

namespace Deskbench.Testing.GoogleDrive;

/// <summary>
/// The Drive v2 search language as far as OSWorld uses it, evaluated against <see cref="FakeDriveFile"/>s:
/// <c>title</c>/<c>mimeType</c> with <c>=</c>, <c>!=</c>, <c>contains</c>; <c>trashed = true|false</c>;
/// <c>'id' in parents</c>; <c>and</c>, <c>or</c>, <c>not</c> and parentheses; strings in single or double quotes with
/// backslash escapes. Anything else is a syntax error (the fake answers 400, as Drive does for an invalid query).
/// </summary>
public sealed class FakeDriveQuery
{
    private readonly List<string> tokens;
    private int position;

    private FakeDriveQuery(string query) => tokens = Tokenize(query);

    /// <summary>Parses <paramref name="query"/> into a predicate; throws <see cref="FormatException"/> when it is not valid.</summary>
    public static Func<FakeDriveFile, bool> Parse(string query)
    {
        var parser = new FakeDriveQuery(query);
        var predicate = parser.ParseOr();
        return parser.position == parser.tokens.Count ? predicate : throw new FormatException($"unexpected '{parser.tokens[parser.position]}' in query: {query}");
    }

    private Func<FakeDriveFile, bool> ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
        {
            var (a, b) = (left, ParseAnd());
            left = f => a(f) || b(f);
        }

        return left;
    }

    private Func<FakeDriveFile, bool> ParseAnd()
    {
        var left = ParseUnary();
        while (Accept("and"))
        {
            var (a, b) = (left, ParseUnary());
            left = f => a(f) && b(f);
        }

        return left;
    }

    private Func<FakeDriveFile, bool> ParseUnary()
    {
        if (Accept("not"))
        {
            var inner = ParseUnary();
            return f => !inner(f);
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        if (Peek() is { } literal && literal.StartsWith('\0'))
        {
            position++;
            Expect("in");
            Expect("parents");
            var id = literal[1..];
            return f => f.ParentId == id;
        }

        var field = Next();
        var op = Next();
        if (field == "trashed")
        {
            var value = Next() switch { "true" => true, "false" => false, var other => throw new FormatException($"trashed = {other}") };
            return op switch
            {
                "=" => f => f.Trashed == value,
                "!=" => f => f.Trashed != value,
                _ => throw new FormatException($"trashed {op}"),
            };
        }

        var text = Next();
        if (!text.StartsWith('\0'))
        {
            throw new FormatException($"expected a string after {field} {op}, got {text}");
        }

        text = text[1..];
        Func<FakeDriveFile, string> get = field switch
        {
            "title" => f => f.Title,
            "mimeType" => f => f.MimeType,
            _ => throw new FormatException($"unknown field '{field}'"),
        };
        return op switch
        {
            "=" => f => get(f) == text,
            "!=" => f => get(f) != text,
            "contains" => f => get(f).Contains(text, StringComparison.OrdinalIgnoreCase),
            _ => throw new FormatException($"unknown operator '{op}'"),
        };
    }

    private string? Peek() => position < tokens.Count ? tokens[position] : null;

    private string Next() => position < tokens.Count ? tokens[position++] : throw new FormatException("unexpected end of query");

    private bool Accept(string token)
    {
        if (Peek() == token)
        {
            position++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new FormatException($"expected '{token}', got '{Peek() ?? "end of query"}'");
        }
    }

    /// <summary>Words, operators and parentheses; a string literal becomes a token starting with <c>\0</c>.</summary>
    private static List<string> Tokenize(string query)
    {
        var result = new List<string>();
        for (var i = 0; i < query.Length;)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or '=')
            {
                result.Add(c.ToString());
                i++;
            }
            else if (c == '!' && i + 1 < query.Length && query[i + 1] == '=')
            {
                result.Add("!=");
                i += 2;
            }
            else if (c is '\'' or '"')
            {
                var text = new StringBuilder("\0");
                for (i++; i < query.Length && query[i] != c; i++)
                {
                    text.Append(query[i] == '\\' && i + 1 < query.Length ? query[++i] : query[i]);
                }

                if (i >= query.Length)
                {
                    throw new FormatException("unterminated string in query");
                }

                result.Add(text.ToString());
                i++;
            }
            else
            {
                var start = i;
                while (i < query.Length && (char.IsLetterOrDigit(query[i]) || query[i] == '_'))
                {
                    i++;
                }

                if (start == i)
                {
                    throw new FormatException($"unexpected '{c}' in query");
                }

                result.Add(query[start..i]);
            }
        }

        return result;
    }
}

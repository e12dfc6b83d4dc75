namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Evaluates the expressions agents put in arguments and assignments: numbers, strings (adjacent literals joined),
/// True/False/None, tuples and lists, names bound earlier, pyautogui constants (<c>pyautogui.LEFT</c>), other dotted
/// names as <see cref="PythonReference"/>s, indexing, unary and binary arithmetic with Python's precedence, and call
/// argument lists (positional, keyword, <c>*</c>). Nested calls are refused: nothing that reads the screen can run.
/// </summary>
internal sealed class PythonExpressionParser(PythonTokenCursor cursor, PythonScope scope)
{
    private static readonly Dictionary<string, string> PyautoguiConstants = new(StringComparer.Ordinal)
    {
        ["pyautogui.LEFT"] = "left",
        ["pyautogui.MIDDLE"] = "middle",
        ["pyautogui.RIGHT"] = "right",
        ["pyautogui.PRIMARY"] = "primary",
        ["pyautogui.SECONDARY"] = "secondary",
    };

    private readonly PythonTokenCursor _cursor = cursor;
    private readonly PythonScope _scope = scope;

    private PythonToken Current => _cursor.Current;

    private PythonToken Next => _cursor.Next;

    private PythonToken Advance() => _cursor.Advance();

    private bool TryConsume(string op) => _cursor.TryConsume(op);

    private PythonToken Expect(string op, string what) => _cursor.Expect(op, what);

    private string ParseDottedName(out PythonToken first) => _cursor.ParseDottedName(out first);

    private static ActionTranslationException Error(PythonToken at, string message, Exception? inner = null) =>
        PythonTokenCursor.Error(at, message, inner);

    public (List<object?> Arguments, List<KeyValuePair<string, object?>> Keywords) ParseArguments()
    {
        Expect("(", "'('");
        var arguments = new List<object?>();
        var keywords = new List<KeyValuePair<string, object?>>();
        while (!Current.IsOperator(")"))
        {
            if (Current.Kind == PythonTokenKind.Name && Next.IsOperator("="))
            {
                var keyword = Advance();
                Advance();
                if (keywords.Any(k => k.Key == keyword.Text))
                {
                    throw Error(keyword, $"keyword argument '{keyword.Text}' is repeated");
                }

                keywords.Add(new(keyword.Text, ParseExpression()));
            }
            else if (Current.IsOperator("**"))
            {
                throw Error(Current, "'**' arguments are not supported; write keyword arguments out");
            }
            else if (keywords.Count > 0)
            {
                throw Error(Current, "a positional argument cannot follow keyword arguments");
            }
            else if (TryConsume("*"))
            {
                var spread = Current;
                var value = ParseExpression();
                arguments.AddRange(value switch
                {
                    object?[] items => items,
                    string s => s.Select(c => (object?)c.ToString()),
                    _ => throw Error(spread, $"'*' needs a tuple, list or string, got {PythonValues.TypeName(value)}"),
                });
            }
            else
            {
                arguments.Add(ParseExpression());
            }

            if (!TryConsume(","))
            {
                break;
            }
        }

        Expect(")", "',' or ')' in the argument list");
        return (arguments, keywords);
    }

    /// <summary>An expression, or several separated by commas (a tuple), as on the right of '='.</summary>
    public object? ParseExpressionList()
    {
        var first = ParseExpression();
        if (!Current.IsOperator(","))
        {
            return first;
        }

        var items = new List<object?> { first };
        while (TryConsume(",") && !Current.EndsStatement)
        {
            items.Add(ParseExpression());
        }

        return items.ToArray();
    }

    public object? ParseExpression() => ParseBinary(0);

    private static int Precedence(PythonToken token) => token.Kind != PythonTokenKind.Operator ? -1 : token.Text switch
    {
        "+" or "-" => 0,
        "*" or "/" or "//" or "%" => 1,
        _ => -1,
    };

    /// <summary>Level 0 is <c>+ -</c>, level 1 is <c>* / // %</c>; their operands are unary expressions.</summary>
    private object? ParseBinary(int level)
    {
        var left = level == 1 ? ParseUnary() : ParseBinary(level + 1);
        while (Precedence(Current) == level)
        {
            var op = Advance();
            var right = level == 1 ? ParseUnary() : ParseBinary(level + 1);
            left = Apply(op, () => PythonValues.Binary(op.Text, left, right));
        }

        return left;
    }

    private object? ParseUnary()
    {
        if (Current.IsOperator("-") || Current.IsOperator("+"))
        {
            var op = Advance();
            var operand = ParseUnary();
            return op.Text == "-"
                ? Apply(op, () => PythonValues.Negate(operand))
                : Apply(op, () => PythonValues.IsNumber(operand) ? operand : throw new ArgumentException($"bad operand type for unary +: '{PythonValues.TypeName(operand)}'"));
        }

        var value = ParsePostfix();
        if (Current.IsOperator("**"))
        {
            var op = Advance();
            var exponent = ParseUnary();
            return Apply(op, () => PythonValues.Binary("**", value, exponent));
        }

        return value;
    }

    private object? ParsePostfix()
    {
        var value = ParseAtom();
        while (Current.IsOperator("["))
        {
            var open = Advance();
            var index = ParseExpression();
            Expect("]", "']' to close the index");
            value = Apply(open, () => Index(value, index));
        }

        return value;
    }

    private static object? Index(object? value, object? index)
    {
        if (index is not long i)
        {
            throw new ArgumentException($"indices must be integers, not {PythonValues.TypeName(index)}");
        }

        var length = value switch
        {
            object?[] items => items.Length,
            string s => s.Length,
            _ => throw new ArgumentException($"'{PythonValues.TypeName(value)}' object is not subscriptable"),
        };
        var at = i < 0 ? length + i : i;
        if (at < 0 || at >= length)
        {
            throw new ArgumentException($"index {i} is out of range for {PythonValues.Describe(value)}");
        }

        return value is string text ? text[(int)at].ToString() : ((object?[])value!)[at];
    }

    private object? ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case PythonTokenKind.Number:
                Advance();
                return token.Value;
            case PythonTokenKind.String:
                var text = (string)Advance().Value!;
                while (Current.Kind == PythonTokenKind.String)
                {
                    text += (string)Advance().Value!;
                }

                return text;
            case PythonTokenKind.Name:
                return ParseNameValue();
        }

        if (token.IsOperator("(") || token.IsOperator("["))
        {
            return ParseSequence(token.Text == "(" ? ")" : "]");
        }

        if (token.IsOperator("{"))
        {
            throw Error(token, "dict and set literals are not supported here");
        }

        throw Error(token, $"unexpected {token.Describe()}; expected a value (a number, string, tuple or name)");
    }

    private object? ParseNameValue()
    {
        var token = Current;
        switch (token.Text)
        {
            case "True": Advance(); return true;
            case "False": Advance(); return false;
            case "None": Advance(); return null;
        }

        if (PythonSubsetParser.UnsupportedKeywords.Contains(token.Text) || token.Text is "not" or "and" or "or" or "in" or "is")
        {
            throw Error(token, $"'{token.Text}' expressions are not supported in arguments");
        }

        var name = ParseDottedName(out _);
        if (Current.IsOperator("("))
        {
            throw Error(token, $"the call {name}(...) cannot be used as an argument; the translator does not run code that reads the screen. Pass literal coordinates instead");
        }

        if (!name.Contains('.', StringComparison.Ordinal))
        {
            return _scope.Variables.TryGetValue(name, out var value)
                ? value
                : throw Error(token, $"name '{name}' is not defined; assign it first (e.g. {name} = 100)");
        }

        var qualified = _scope.Qualify(name);
        return PyautoguiConstants.TryGetValue(qualified, out var constant) ? constant : new PythonReference(qualified);
    }

    private object? ParseSequence(string closer)
    {
        var open = Advance();
        var items = new List<object?>();
        var sawComma = false;
        while (!Current.IsOperator(closer))
        {
            items.Add(ParseExpression());
            if (!TryConsume(","))
            {
                break;
            }

            sawComma = true;
        }

        Expect(closer, $"',' or '{closer}' to close the {(closer == ")" ? "tuple" : "list")} opened at line {open.Line}");
        if (closer == ")" && items.Count == 1 && !sawComma)
        {
            return items[0]; // A parenthesised expression, not a tuple.
        }

        return items.ToArray();
    }

    private object? Apply(PythonToken at, Func<object?> operation)
    {
        try
        {
            return operation();
        }
        catch (ArgumentException e)
        {
            throw Error(at, e.Message, e);
        }
    }
}

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Parses the straight-line Python that agents write for pyautogui into call statements, evaluating arguments as it
/// goes. Understood: statements separated by newlines or <c>;</c>; <c>import</c>/<c>from … import</c> (aliases are
/// remembered, nothing is loaded); assignments of values to names (<c>x, y = 100, 200</c>) and to pyautogui settings
/// (<c>pyautogui.FAILSAFE = False</c>, ignored); bare literals (docstrings, ignored); call statements with positional, keyword and <c>*</c> arguments;
/// literals, tuples, lists, names, indexing and arithmetic in arguments; the bare words WAIT, DONE and FAIL.
/// Anything else (control flow, nested calls, definitions) is rejected with the line and what was expected.
/// </summary>
internal sealed class PythonSubsetParser
{
    public const string Pyautogui = "pyautogui";

    private static readonly HashSet<string> SpecialWords = new(StringComparer.Ordinal) { "WAIT", "DONE", "FAIL" };

    private static readonly HashSet<string> UnsupportedKeywords = new(StringComparer.Ordinal)
    {
        "if", "elif", "else", "for", "while", "def", "class", "with", "try", "except", "finally", "return", "lambda",
        "async", "await", "global", "nonlocal", "del", "raise", "assert", "yield", "break", "continue", "match",
    };

    private static readonly Dictionary<string, string> PyautoguiConstants = new(StringComparer.Ordinal)
    {
        ["pyautogui.LEFT"] = "left",
        ["pyautogui.MIDDLE"] = "middle",
        ["pyautogui.RIGHT"] = "right",
        ["pyautogui.PRIMARY"] = "primary",
        ["pyautogui.SECONDARY"] = "secondary",
    };

    private readonly IReadOnlyList<PythonToken> _tokens;
    private readonly Dictionary<string, object?> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal) { [Pyautogui] = Pyautogui, ["time"] = "time" };
    private readonly List<PythonCall> _calls = [];
    private int _index;

    private PythonSubsetParser(IReadOnlyList<PythonToken> tokens) => _tokens = tokens;

    /// <summary>Parses <paramref name="code"/>; throws <see cref="ActionTranslationException"/> naming the line on any error.</summary>
    public static IReadOnlyList<PythonCall> Parse(string code)
    {
        var parser = new PythonSubsetParser(PythonTokenizer.Tokenize(code));
        parser.ParseProgram();
        return parser._calls;
    }

    private PythonToken Current => _tokens[_index];

    private PythonToken Next => _tokens[Math.Min(_index + 1, _tokens.Count - 1)];

    private PythonToken Advance() => _tokens[_index++];

    private void ParseProgram()
    {
        while (Current.Kind != PythonTokenKind.End)
        {
            if (Current.EndsStatement)
            {
                Advance();
                continue;
            }

            ParseStatement();
            if (!Current.EndsStatement)
            {
                throw Error(Current, $"unexpected {Current.Describe()} after the statement; expected a new line or ';'");
            }
        }
    }

    private void ParseStatement()
    {
        var first = Current;
        if (first.Kind == PythonTokenKind.Name)
        {
            if (first.Text is "import")
            {
                ParseImport();
                return;
            }

            if (first.Text is "from")
            {
                ParseFromImport();
                return;
            }

            if (first.Text is "pass")
            {
                Advance();
                return;
            }

            if (UnsupportedKeywords.Contains(first.Text))
            {
                throw Error(first, $"'{first.Text}' statements are not supported; write straight-line pyautogui calls");
            }
        }

        if (IsAssignmentAhead())
        {
            ParseAssignment();
            return;
        }

        if (first.Kind is PythonTokenKind.String or PythonTokenKind.Number)
        {
            // A bare literal, such as the triple-quoted Observation/Thought block UI-TARS writes before its calls: no effect.
            ParseExpressionList();
            return;
        }

        ParseCallStatement();
    }

    private bool IsAssignmentAhead()
    {
        var depth = 0;
        for (var i = _index; i < _tokens.Count && !(depth == 0 && _tokens[i].EndsStatement); i++)
        {
            var token = _tokens[i];
            if (token.Kind != PythonTokenKind.Operator)
            {
                continue;
            }

            switch (token.Text)
            {
                case "(" or "[" or "{": depth++; break;
                case ")" or "]" or "}": depth--; break;
                case "=" when depth == 0: return true;
                case "+=" or "-=" or "*=" or "/=" or ":=" when depth == 0:
                    throw Error(token, $"'{token.Text}' is not supported; assign values with '='");
            }
        }

        return false;
    }

    private void ParseImport()
    {
        Advance();
        do
        {
            var module = ParseDottedName(out _);
            var alias = module.Split('.')[0];
            if (Current.IsName("as"))
            {
                Advance();
                alias = ExpectName("a name after 'as'").Text;
                _aliases[alias] = module;
            }
            else
            {
                _aliases[alias] = alias;
            }
        }
        while (TryConsume(","));
    }

    private void ParseFromImport()
    {
        Advance();
        var module = ParseDottedName(out _);
        if (!Current.IsName("import"))
        {
            throw Error(Current, $"expected 'import' after 'from {module}', found {Current.Describe()}");
        }

        Advance();
        if (TryConsume("*"))
        {
            throw Error(Current, $"'from {module} import *' is not supported; call {module}.<function> instead");
        }

        var parenthesized = TryConsume("(");
        do
        {
            if (parenthesized && Current.IsOperator(")"))
            {
                break;
            }

            var name = ExpectName("a name to import").Text;
            var alias = name;
            if (Current.IsName("as"))
            {
                Advance();
                alias = ExpectName("a name after 'as'").Text;
            }

            _aliases[alias] = module + "." + name;
        }
        while (TryConsume(","));

        if (parenthesized)
        {
            Expect(")", "')' to close the import list");
        }
    }

    private void ParseAssignment()
    {
        var targets = ParseTargets();
        var assign = Expect("=", "'='");
        if (IsAssignmentAhead())
        {
            throw Error(Current, "chained assignments are not supported; assign one value per statement");
        }

        var value = ParseExpressionList();
        if (targets.Count == 1)
        {
            Assign(targets[0], value);
            return;
        }

        if (value is not object?[] items)
        {
            throw Error(assign, $"cannot unpack {PythonValues.TypeName(value)} {PythonValues.Describe(value)} into {targets.Count} names");
        }

        if (items.Length != targets.Count)
        {
            throw Error(assign, $"cannot unpack {items.Length} values into {targets.Count} names");
        }

        for (var i = 0; i < targets.Count; i++)
        {
            Assign(targets[i], items[i]);
        }
    }

    private List<(string Name, PythonToken Token)> ParseTargets()
    {
        var closer = Current.IsOperator("(") ? ")" : Current.IsOperator("[") ? "]" : null;
        if (closer is not null)
        {
            Advance();
        }

        var targets = new List<(string, PythonToken)>();
        do
        {
            if (closer is not null && Current.IsOperator(closer))
            {
                break;
            }

            var name = ParseDottedName(out var token);
            if (Current.IsOperator("[") || Current.IsOperator("("))
            {
                throw Error(Current, "only names can be assigned to (no calls or indexing on the left of '=')");
            }

            targets.Add((name, token));
        }
        while (TryConsume(","));

        if (closer is not null)
        {
            Expect(closer, $"'{closer}' to close the names being assigned");
        }

        return targets;
    }

    private void Assign((string Name, PythonToken Token) target, object? value)
    {
        if (!target.Name.Contains('.', StringComparison.Ordinal))
        {
            _variables[target.Name] = value;
            return;
        }

        // Settings such as pyautogui.FAILSAFE and pyautogui.PAUSE only change timing or safety checks: ignored.
        if (Qualify(target.Name).StartsWith(Pyautogui + ".", StringComparison.Ordinal))
        {
            return;
        }

        throw Error(target.Token, $"cannot assign to '{target.Name}'; only names and pyautogui settings can be assigned");
    }

    private void ParseCallStatement()
    {
        var start = Current;
        if (start.Kind != PythonTokenKind.Name)
        {
            throw Error(start, $"unexpected {start.Describe()}; expected a pyautogui call such as pyautogui.click(100, 200)");
        }

        var name = ParseDottedName(out _);
        if (!Current.IsOperator("("))
        {
            if (SpecialWords.Contains(name) && Current.EndsStatement)
            {
                _calls.Add(new PythonCall(name, [], [], start.Line));
                return;
            }

            throw Error(start, $"'{name}' is not a call; expected a pyautogui call such as pyautogui.click(100, 200), or WAIT, DONE or FAIL");
        }

        var (arguments, keywords) = ParseArguments();
        if (Current.IsOperator(".") || Current.IsOperator("(") || Current.IsOperator("["))
        {
            throw Error(Current, $"the result of {name}(...) cannot be used; write each call as its own statement");
        }

        _calls.Add(new PythonCall(Qualify(name), arguments, keywords, start.Line));
    }

    private (List<object?> Arguments, List<KeyValuePair<string, object?>> Keywords) ParseArguments()
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
    private object? ParseExpressionList()
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

    private object? ParseExpression() => ParseBinary(0);

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

        if (UnsupportedKeywords.Contains(token.Text) || token.Text is "not" or "and" or "or" or "in" or "is")
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
            return _variables.TryGetValue(name, out var value)
                ? value
                : throw Error(token, $"name '{name}' is not defined; assign it first (e.g. {name} = 100)");
        }

        var qualified = Qualify(name);
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

    private string ParseDottedName(out PythonToken first)
    {
        first = ExpectName("a name");
        var name = first.Text;
        while (Current.IsOperator(".") && Next.Kind == PythonTokenKind.Name)
        {
            Advance();
            name += "." + Advance().Text;
        }

        return name;
    }

    /// <summary>Replaces the first segment of a dotted name by what it was imported as.</summary>
    private string Qualify(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? name : name[..dot];
        return _aliases.TryGetValue(head, out var target) ? target + (dot < 0 ? "" : name[dot..]) : name;
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

    private bool TryConsume(string op)
    {
        if (!Current.IsOperator(op))
        {
            return false;
        }

        Advance();
        return true;
    }

    private PythonToken Expect(string op, string what) =>
        Current.IsOperator(op) ? Advance() : throw Error(Current, $"expected {what}, found {Current.Describe()}");

    private PythonToken ExpectName(string what) =>
        Current.Kind == PythonTokenKind.Name ? Advance() : throw Error(Current, $"expected {what}, found {Current.Describe()}");

    private static ActionTranslationException Error(PythonToken at, string message, Exception? inner = null)
    {
        var text = $"line {at.Line}: {message}";
        return inner is null ? new ActionTranslationException(text) : new ActionTranslationException(text, inner);
    }
}

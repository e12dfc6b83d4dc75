namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Parses the straight-line Python that agents write for pyautogui into call statements, evaluating arguments as it
/// goes (<see cref="PythonExpressionParser"/>). Understood: statements separated by newlines or <c>;</c>;
/// <c>import</c>/<c>from … import</c> (aliases are remembered, nothing is loaded); assignments of values to names
/// (<c>x, y = 100, 200</c>) and to pyautogui settings (<c>pyautogui.FAILSAFE = False</c>, ignored); bare literals
/// (docstrings, ignored); call statements; the bare words WAIT, DONE and FAIL. Anything else (control flow, nested
/// calls, definitions) is rejected with the line and what was expected.
/// </summary>
internal sealed class PythonSubsetParser
{
    public const string Pyautogui = "pyautogui";

    internal static readonly HashSet<string> UnsupportedKeywords = new(StringComparer.Ordinal)
    {
        "if", "elif", "else", "for", "while", "def", "class", "with", "try", "except", "finally", "return", "lambda",
        "async", "await", "global", "nonlocal", "del", "raise", "assert", "yield", "break", "continue", "match",
    };

    private static readonly HashSet<string> SpecialWords = new(StringComparer.Ordinal) { "WAIT", "DONE", "FAIL" };

    private readonly PythonTokenCursor _cursor;
    private readonly PythonScope _scope = new();
    private readonly PythonExpressionParser _expressions;
    private readonly List<PythonCall> _calls = [];

    private PythonSubsetParser(IReadOnlyList<PythonToken> tokens)
    {
        _cursor = new PythonTokenCursor(tokens);
        _expressions = new PythonExpressionParser(_cursor, _scope);
    }

    /// <summary>Parses <paramref name="code"/>; throws <see cref="ActionTranslationException"/> naming the line on any error.</summary>
    public static IReadOnlyList<PythonCall> Parse(string code) => Parse(code, null);

    /// <summary>Parses <paramref name="code"/> with <paramref name="predefined"/> variables already assigned (e.g. <c>tag_N</c>).</summary>
    public static IReadOnlyList<PythonCall> Parse(string code, IReadOnlyDictionary<string, object?>? predefined)
    {
        var parser = new PythonSubsetParser(PythonTokenizer.Tokenize(code));
        foreach (var (name, value) in predefined ?? new Dictionary<string, object?>())
        {
            parser._scope.Variables[name] = value;
        }

        parser.ParseProgram();
        return parser._calls;
    }

    private PythonToken Current => _cursor.Current;

    private PythonToken Advance() => _cursor.Advance();

    private bool TryConsume(string op) => _cursor.TryConsume(op);

    private PythonToken Expect(string op, string what) => _cursor.Expect(op, what);

    private PythonToken ExpectName(string what) => _cursor.ExpectName(what);

    private string ParseDottedName(out PythonToken first) => _cursor.ParseDottedName(out first);

    private static ActionTranslationException Error(PythonToken at, string message) => PythonTokenCursor.Error(at, message);

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
            _expressions.ParseExpressionList();
            return;
        }

        ParseCallStatement();
    }

    private bool IsAssignmentAhead()
    {
        var depth = 0;
        for (var i = _cursor.Position; i < _cursor.Count && !(depth == 0 && _cursor.At(i).EndsStatement); i++)
        {
            var token = _cursor.At(i);
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
                _scope.Aliases[alias] = module;
            }
            else
            {
                _scope.Aliases[alias] = alias;
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

            _scope.Aliases[alias] = module + "." + name;
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

        var value = _expressions.ParseExpressionList();
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
            _scope.Variables[target.Name] = value;
            return;
        }

        // Settings such as pyautogui.FAILSAFE and pyautogui.PAUSE only change timing or safety checks: ignored.
        if (_scope.Qualify(target.Name).StartsWith(Pyautogui + ".", StringComparison.Ordinal))
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

        var (arguments, keywords) = _expressions.ParseArguments();
        if (Current.IsOperator(".") || Current.IsOperator("(") || Current.IsOperator("["))
        {
            throw Error(Current, $"the result of {name}(...) cannot be used; write each call as its own statement");
        }

        _calls.Add(new PythonCall(_scope.Qualify(name), arguments, keywords, start.Line));
    }
}

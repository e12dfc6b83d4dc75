namespace Deskbench.Core.Actions.Translation;

/// <summary>A position in a token list, with the look-ahead, expectation and error helpers both parsers share.</summary>
internal sealed class PythonTokenCursor(IReadOnlyList<PythonToken> tokens)
{
    public int Position { get; private set; }

    public int Count => tokens.Count;

    public PythonToken Current => tokens[Position];

    public PythonToken Next => tokens[Math.Min(Position + 1, tokens.Count - 1)];

    public PythonToken At(int index) => tokens[index];

    public PythonToken Advance() => tokens[Position++];

    public bool TryConsume(string op)
    {
        if (!Current.IsOperator(op))
        {
            return false;
        }

        Advance();
        return true;
    }

    public PythonToken Expect(string op, string what) =>
        Current.IsOperator(op) ? Advance() : throw Error(Current, $"expected {what}, found {Current.Describe()}");

    public PythonToken ExpectName(string what) =>
        Current.Kind == PythonTokenKind.Name ? Advance() : throw Error(Current, $"expected {what}, found {Current.Describe()}");

    /// <summary>Reads <c>name(.name)*</c>; <paramref name="first"/> is the first token, for error positions.</summary>
    public string ParseDottedName(out PythonToken first)
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

    public static ActionTranslationException Error(PythonToken at, string message, Exception? inner = null)
    {
        var text = $"line {at.Line}: {message}";
        return inner is null ? new ActionTranslationException(text) : new ActionTranslationException(text, inner);
    }
}

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// The bound arguments of one call, read with pyautogui's conversions: numbers are truncated to int as pyautogui's
/// <c>int(x)</c> does, a point may be given as <c>(x, y)</c> or <c>(left, top, width, height)</c> in the first argument,
/// buttons accept the names and numbers pyautogui accepts. Errors name the line, the function and the argument.
/// </summary>
internal sealed class PythonArguments(PythonCall call, string function, IReadOnlyDictionary<string, object?> values)
{
    public string Function { get; } = function;

    /// <summary>True when the argument was given and is not None.</summary>
    public bool Has(string name) => values.TryGetValue(name, out var value) && value is not null;

    public object? Get(string name) => values.TryGetValue(name, out var value) ? value : null;

    public IReadOnlyList<object?> VarArgs =>
        values.TryGetValue(PyAutoGuiFunction.VarArgsKey, out var value) && value is object?[] items ? items : [];

    public int? OptionalInt(string name) => Has(name) ? ToInt(name, Get(name)) : null;

    public int Int(string name, int fallback) => OptionalInt(name) ?? fallback;

    public double Double(string name, double fallback)
    {
        if (!Has(name))
        {
            return fallback;
        }

        var value = Get(name);
        var number = PythonValues.IsNumber(value) ? PythonValues.ToDouble(value) : throw MustBe(name, "a number", value);
        return double.IsFinite(number) ? number : throw MustBe(name, "a finite number", value);
    }

    public string String(string name) =>
        Get(name) as string ?? throw MustBe(name, "a string", Get(name));

    /// <summary>
    /// The point given by parameters <paramref name="xName"/> and <paramref name="yName"/>; either may be null (the
    /// pointer's coordinate). A 2-tuple in x is (x, y); a 4-tuple is a box whose centre is used.
    /// </summary>
    public (int? X, int? Y) Point(string xName, string yName)
    {
        var x = Get(xName);
        switch (x)
        {
            case string:
                throw Error($"locating an image ({PythonValues.Describe(x)}) is not supported; pass screen coordinates");
            case object?[] items when Has(yName):
                throw Error($"when '{xName}' is a sequence, '{yName}' must not be given (received {PythonValues.Describe(Get(yName))})");
            case object?[] { Length: 2 } pair:
                return (ToInt(xName, pair[0]), ToInt(yName, pair[1]));
            case object?[] { Length: 4 } box:
                // pyscreeze.center: (left + width // 2, top + height // 2).
                return (ToInt(xName, box[0]) + (ToInt(xName, box[2]) / 2), ToInt(yName, box[1]) + (ToInt(yName, box[3]) / 2));
            case object?[] items:
                throw Error($"a point sequence must have exactly 2 or exactly 4 elements ({items.Length} were received)");
        }

        return (OptionalInt(xName), OptionalInt(yName));
    }

    /// <summary>pyautogui's <c>_normalizeButton</c>: left/middle/right/primary/secondary (any case) or 1/2/3.</summary>
    public MouseButton Button(string name, MouseButton fallback)
    {
        if (!Has(name))
        {
            return fallback;
        }

        return Get(name) switch
        {
            string s when s.ToLowerInvariant() is "left" or "primary" => MouseButton.Left,
            string s when s.ToLowerInvariant() is "middle" => MouseButton.Middle,
            string s when s.ToLowerInvariant() is "right" or "secondary" => MouseButton.Right,
            1L => MouseButton.Left,
            2L => MouseButton.Middle,
            3L => MouseButton.Right,
            var other => throw MustBe(name, "one of 'left', 'middle', 'right', 'primary', 'secondary', 1, 2, 3", other),
        };
    }

    public ActionTranslationException Error(string message) => Error(call, Function, message);

    public static ActionTranslationException Error(PythonCall call, string function, string message) =>
        new($"line {call.Line}: {function}(): {message}");

    private int ToInt(string name, object? value)
    {
        if (!PythonValues.IsNumber(value))
        {
            throw MustBe(name, "a number", value);
        }

        var number = Math.Truncate(PythonValues.ToDouble(value));
        return number is >= int.MinValue and <= int.MaxValue ? (int)number : throw MustBe(name, "a number in the int range", value);
    }

    private ActionTranslationException MustBe(string name, string what, object? value) =>
        Error($"'{name}' must be {what}, got {PythonValues.TypeName(value)} {PythonValues.Describe(value)}");
}

using System.Globalization;

namespace Deskbench.Core.Actions.Translation;

/// <summary>The arguments of one WAA <c>computer.*</c> call bound to its parameter names (positional or keyword).</summary>
internal sealed class WaaCallArguments
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly PythonCall _call;

    public WaaCallArguments(PythonCall call, IReadOnlyList<string> parameters)
    {
        _call = call;
        if (call.Arguments.Count > parameters.Count)
        {
            throw Error($"takes {parameters.Count} argument(s) ({string.Join(", ", parameters)}), {call.Arguments.Count} given");
        }

        for (var i = 0; i < call.Arguments.Count; i++)
        {
            _values[parameters[i]] = call.Arguments[i];
        }

        foreach (var (name, value) in call.KeywordArguments)
        {
            if (!parameters.Contains(name))
            {
                throw Error($"unexpected argument '{name}'; it takes {(parameters.Count == 0 ? "no arguments" : string.Join(", ", parameters))}");
            }

            if (!_values.TryAdd(name, value))
            {
                throw Error($"argument '{name}' given twice");
            }
        }
    }

    public bool Has(string name) => _values.TryGetValue(name, out var value) && value is not null;

    public string String(string name) => Has(name)
        ? _values[name] as string ?? throw Error($"'{name}' must be a string, got {PythonValues.Describe(_values[name])}")
        : throw Error($"missing required argument '{name}'");

    public string OptionalString(string name, string fallback) => Has(name) ? String(name) : fallback;

    public double Number(string name)
    {
        if (!Has(name))
        {
            throw Error($"missing required argument '{name}'");
        }

        var value = _values[name];
        if (value is string s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        return PythonValues.IsNumber(value) && double.IsFinite(PythonValues.ToDouble(value))
            ? PythonValues.ToDouble(value)
            : throw Error($"'{name}' must be a number, got {PythonValues.Describe(value)}");
    }

    /// <summary>A coordinate normalised to [0, 1] (WAA's <c>move_abs</c>/<c>drag</c>).</summary>
    public double Fraction(string name)
    {
        var value = Number(name);
        return value is >= 0 and <= 1 ? value : throw Error($"'{name}' must be between 0 and 1 (a fraction of the screen), got {value.ToString(CultureInfo.InvariantCulture)}");
    }

    public ActionTranslationException Error(string message) => new($"line {_call.Line}: {_call.Function}(): {message}");
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions.Translation;

/// <summary>The <c>input</c> of one Anthropic computer tool call, read with validation; errors name the action and the field.</summary>
internal sealed class AnthropicActionInput(string action, JsonObject input, CoordinateScaling scaling)
{
    public string Action { get; } = action;

    public bool Has(string name) => input.TryGetPropertyValue(name, out var node) && node is not null;

    /// <summary>A <c>[x, y]</c> field in model coordinates, mapped to the screen; null when absent and optional.</summary>
    public (int X, int Y)? Point(string name, bool required)
    {
        if (!Has(name))
        {
            return required ? throw Error($"missing required field '{name}' ([x, y] in pixels of the {scaling.ModelWidth}x{scaling.ModelHeight} display)") : null;
        }

        var values = Numbers(name, 2);
        if (!scaling.IsOnModelImage(values[0], values[1]))
        {
            throw Error($"'{name}' [{Format(values[0])}, {Format(values[1])}] is outside the {scaling.ModelWidth}x{scaling.ModelHeight} display");
        }

        return scaling.ToScreen(values[0], values[1]);
    }

    /// <summary>A list of exactly <paramref name="count"/> finite numbers.</summary>
    public IReadOnlyList<double> Numbers(string name, int count)
    {
        if (input[name] is not JsonArray array || array.Count != count)
        {
            throw Error($"'{name}' must be a list of {count} numbers, got {Raw(name)}");
        }

        return array.Select(item => ToNumber(item) is { } n ? n : throw Error($"'{name}' must be a list of {count} numbers, got {Raw(name)}")).ToList();
    }

    public string String(string name) => Has(name)
        ? input[name] is JsonValue v && v.TryGetValue(out string? s) ? s : throw Error($"'{name}' must be a string, got {Raw(name)}")
        : throw Error($"missing required field '{name}'");

    public string? OptionalString(string name) => Has(name) ? String(name) : null;

    public double Number(string name)
    {
        if (!Has(name))
        {
            throw Error($"missing required field '{name}'");
        }

        return ToNumber(input[name]) ?? throw Error($"'{name}' must be a number, got {Raw(name)}");
    }

    public int WholeNumber(string name)
    {
        var value = Number(name);
        return value == Math.Floor(value) && value is >= 0 and <= int.MaxValue
            ? (int)value
            : throw Error($"'{name}' must be a non-negative whole number, got {Raw(name)}");
    }

    public ActionTranslationException Error(string message) => new($"anthropic {Action}: {message}");

    private static double? ToNumber(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        var number = value.GetValueKind() switch
        {
            JsonValueKind.Number => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            JsonValueKind.String when double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => double.NaN,
        };
        return double.IsFinite(number) ? number : null;
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private string Raw(string name) => input[name]?.ToJsonString() ?? "null";
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// The parameters of one computer_13 action (from <c>"parameters"</c> or, as OSWorld allows, the top level), read with
/// validation. Numbers may be JSON numbers or numeric strings (OSWorld pastes them into Python source, where both work).
/// </summary>
internal sealed class Computer13Parameters(string actionType, JsonObject values)
{
    public bool IsEmpty => values.Count == 0;

    public bool Has(string name) => values.TryGetPropertyValue(name, out var node) && node is not null;

    /// <summary>A screen coordinate in [0, <paramref name="max"/>] (OSWorld's X_MAX/Y_MAX range), truncated to int.</summary>
    public int Coordinate(string name, int max)
    {
        var value = Number(name);
        if (value < 0 || value > max)
        {
            throw Error($"'{name}' must be between 0 and {max} (the screen size), got {Raw(name)}");
        }

        return (int)Math.Truncate(value);
    }

    /// <summary>Both coordinates, or neither; one without the other is an error, as in OSWorld.</summary>
    public (int? X, int? Y) OptionalPoint(int maxX, int maxY) => (Has("x"), Has("y")) switch
    {
        (true, true) => (Coordinate("x", maxX), Coordinate("y", maxY)),
        (false, false) => (null, null),
        _ => throw Error("give both 'x' and 'y', or neither"),
    };

    public int WholeNumber(string name)
    {
        var value = Number(name);
        return value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw Error($"'{name}' must be a whole number, got {Raw(name)}");
    }

    public string String(string name) =>
        values[name] is JsonValue v && v.TryGetValue(out string? s) ? s : throw Error($"'{name}' must be a string, got {Raw(name)}");

    public IReadOnlyList<string> StringList(string name)
    {
        if (values[name] is not JsonArray array)
        {
            throw Error($"'{name}' must be a list of key names, got {Raw(name)}");
        }

        return array.Select(item => item is JsonValue v && v.TryGetValue(out string? s)
            ? s
            : throw Error($"every entry of '{name}' must be a string, got {item?.ToJsonString() ?? "null"}")).ToList();
    }

    public MouseButton Button(MouseButton fallback)
    {
        if (!Has("button"))
        {
            return fallback;
        }

        return String("button") switch
        {
            "left" => MouseButton.Left,
            "middle" => MouseButton.Middle,
            "right" => MouseButton.Right,
            var other => throw Error($"'button' must be one of 'left', 'right', 'middle', got '{other}'"),
        };
    }

    /// <summary>A key name checked against pyautogui's KEYBOARD_KEYS as OSWorld checks it (lower-cased), then normalised.</summary>
    public string Key(string key)
    {
        if (!PyAutoGuiKeys.All.Contains(key.ToLowerInvariant()))
        {
            throw Error($"'{key}' is not a key name; it must be one of pyautogui.KEYBOARD_KEYS (e.g. 'enter', 'tab', 'ctrl', 'a', 'f5')");
        }

        return PyAutoGuiKeys.Normalize(key);
    }

    public ActionTranslationException Error(string message) => new($"computer_13 {actionType}: {message}");

    private double Number(string name)
    {
        if (!Has(name))
        {
            throw Error($"missing required parameter '{name}'");
        }

        var number = values[name] is not JsonValue node ? double.NaN : node.GetValueKind() switch
        {
            JsonValueKind.Number => double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            JsonValueKind.String when double.TryParse(node.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => double.NaN,
        };
        return double.IsFinite(number) ? number : throw Error($"'{name}' must be a number, got {Raw(name)}");
    }

    private string Raw(string name) => values[name]?.ToJsonString() ?? "null";
}

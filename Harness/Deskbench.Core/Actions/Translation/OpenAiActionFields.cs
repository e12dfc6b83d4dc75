using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions.Translation;

/// <summary>The fields of one OpenAI computer action, read with validation; errors name the action type and the field.</summary>
internal sealed class OpenAiActionFields(string type, JsonObject action, CoordinateScaling scaling)
{
    public string Type { get; } = type;

    public bool Has(string name) => action.TryGetPropertyValue(name, out var node) && node is not null;

    /// <summary>The point (<c>x</c>, <c>y</c>) in model pixels, mapped to the screen.</summary>
    public (int X, int Y) Point() => PointOf(action, "");

    /// <summary>The points of a drag <c>path</c> (at least two), mapped to the screen.</summary>
    public IReadOnlyList<(int X, int Y)> Path()
    {
        if (action["path"] is not JsonArray path || path.Count < 2)
        {
            throw Error($"'path' must be a list of at least 2 {{\"x\", \"y\"}} points, got {Raw("path")}");
        }

        return path.Select((p, i) => p is JsonObject point ? PointOf(point, $"path[{i}].") : throw Error($"path[{i}] must be an {{\"x\", \"y\"}} object")).ToList();
    }

    public double Number(string name) => Has(name)
        ? NumberOf(action[name]) ?? throw Error($"'{name}' must be a number, got {Raw(name)}")
        : throw Error($"missing required field '{name}'");

    public double OptionalNumber(string name) => Has(name) ? Number(name) : 0;

    public string String(string name) => Has(name)
        ? action[name] is JsonValue v && v.TryGetValue(out string? s) ? s : throw Error($"'{name}' must be a string, got {Raw(name)}")
        : throw Error($"missing required field '{name}'");

    /// <summary>A list of key names mapped to pyautogui's names; null when absent and optional.</summary>
    public IReadOnlyList<string>? Keys(string name, bool required)
    {
        if (!Has(name))
        {
            return required ? throw Error($"missing required field '{name}' (a list of key names such as [\"CTRL\", \"S\"])") : null;
        }

        if (action[name] is not JsonArray array || (required && array.Count == 0))
        {
            throw Error($"'{name}' must be a non-empty list of key names, got {Raw(name)}");
        }

        return array.Select(item => item is JsonValue v && v.TryGetValue(out string? key)
            ? OpenAiKeyNames.ToPyAutoGui(key) ?? throw Error($"'{key}' is not a key name; expected names such as CTRL, ALT, SHIFT, ENTER, ESC, ARROWLEFT, PAGEDOWN, F5 or a single character")
            : throw Error($"every entry of '{name}' must be a string, got {item?.ToJsonString() ?? "null"}")).ToList();
    }

    public ActionTranslationException Error(string message) => new($"openai {Type}: {message}");

    private (int X, int Y) PointOf(JsonObject point, string prefix)
    {
        var x = point.TryGetPropertyValue("x", out var xn) && xn is not null ? NumberOf(xn) : throw Error($"missing required field '{prefix}x'");
        var y = point.TryGetPropertyValue("y", out var yn) && yn is not null ? NumberOf(yn) : throw Error($"missing required field '{prefix}y'");
        if (x is not { } px || y is not { } py)
        {
            throw Error($"'{prefix}x' and '{prefix}y' must be numbers, got {point.ToJsonString()}");
        }

        return scaling.IsOnModelImage(px, py)
            ? scaling.ToScreen(px, py)
            : throw Error($"({px.ToString(CultureInfo.InvariantCulture)}, {py.ToString(CultureInfo.InvariantCulture)}) is outside the {scaling.ModelWidth}x{scaling.ModelHeight} display");
    }

    private static double? NumberOf(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        var number = double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number) ? number : null;
    }

    private string Raw(string name) => action[name]?.ToJsonString() ?? "null";
}

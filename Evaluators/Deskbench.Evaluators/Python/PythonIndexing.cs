using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Python;

/// <summary>Python's <c>d[key]</c>, <c>d.get(key, default)</c>, <c>seq[i]</c> and iteration on JSON values, raising where Python does.</summary>
public static class PythonIndexing
{
    /// <summary><c>container[key]</c> for a dict (KeyError when absent); other types raise TypeError.</summary>
    public static JsonNode? GetItem(JsonNode? container, string key) => container switch
    {
        JsonObject obj => obj.TryGetPropertyValue(key, out var value) ? value : throw PythonErrorException.KeyError($"'{key}'"),
        _ when PythonValues.TypeOf(container) is PythonType.List or PythonType.Str =>
            throw PythonErrorException.TypeError($"{PythonOperators.Describe(container)} indices must be integers or slices, not str"),
        _ => throw PythonErrorException.TypeError($"'{PythonOperators.Describe(container)}' object is not subscriptable"),
    };

    /// <summary><c>container[index]</c> for a list (IndexError when out of range, negative indices from the end).</summary>
    public static JsonNode? GetItem(JsonNode? container, int index)
    {
        if (container is not JsonArray array)
        {
            throw PythonErrorException.TypeError($"'{PythonOperators.Describe(container)}' object is not subscriptable");
        }

        var position = index < 0 ? array.Count + index : index;
        return position >= 0 && position < array.Count
            ? array[position]
            : throw PythonErrorException.IndexError("list index out of range");
    }

    /// <summary><c>container[key]</c> where the key is any JSON value (a str for dicts, an int for lists and strings).</summary>
    public static JsonNode? GetItem(JsonNode? container, JsonNode? key)
    {
        if (PythonValues.TypeOf(container) == PythonType.Dict)
        {
            return PythonValues.AsString(key) is { } name
                ? GetItem(container, name)
                : throw PythonErrorException.KeyError($"{PythonFormatting.Repr(key)}");
        }

        if (PythonValues.TypeOf(key) is not (PythonType.Int or PythonType.Bool))
        {
            return GetItem(container, PythonFormatting.Str(key));
        }

        var index = (int)PythonValues.GetInteger(key);
        if (PythonValues.AsString(container) is { } text)
        {
            var runes = text.EnumerateRunes().ToList();
            var position = index < 0 ? runes.Count + index : index;
            return position >= 0 && position < runes.Count
                ? JsonValue.Create(runes[position].ToString())
                : throw PythonErrorException.IndexError("string index out of range");
        }

        return GetItem(container, index);
    }

    /// <summary><c>container.get(key, fallback)</c>; AttributeError when the container is not a dict.</summary>
    public static JsonNode? Get(JsonNode? container, string key, JsonNode? fallback = null) => container switch
    {
        JsonObject obj => obj.TryGetPropertyValue(key, out var value) ? value : fallback,
        _ => throw PythonErrorException.AttributeError($"'{PythonOperators.Describe(container)}' object has no attribute 'get'"),
    };

    /// <summary><c>iter(x)</c>: list elements, dict keys, or the characters of a string.</summary>
    public static IEnumerable<JsonNode?> Iterate(JsonNode? iterable) => PythonValues.TypeOf(iterable) switch
    {
        PythonType.List => (JsonArray)iterable!,
        PythonType.Dict => ((JsonObject)iterable!).Select(pair => (JsonNode?)JsonValue.Create(pair.Key)),
        PythonType.Str => iterable!.GetValue<string>().EnumerateRunes().Select(rune => (JsonNode?)JsonValue.Create(rune.ToString())),
        _ => throw PythonErrorException.TypeError($"'{PythonOperators.Describe(iterable)}' object is not iterable"),
    };

    /// <summary>A path argument to <c>open()</c>: a str, else TypeError.</summary>
    public static string AsPath(JsonNode? path) =>
        PythonValues.AsString(path)
        ?? throw PythonErrorException.TypeError(
            $"expected str, bytes or os.PathLike object, not {PythonOperators.Describe(path)}");
}

using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Python;

/// <summary>
/// Python's view of JSON values: the type a value has after <c>json.loads</c> (integers without a fraction or exponent
/// are <c>int</c>, others <c>float</c>), truthiness and numeric access.
/// </summary>
public static class PythonValues
{
    public static PythonType TypeOf(JsonNode? node) => node switch
    {
        null => PythonType.None,
        JsonObject => PythonType.Dict,
        JsonArray => PythonType.List,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => PythonType.Str,
            JsonValueKind.True or JsonValueKind.False => PythonType.Bool,
            JsonValueKind.Null => PythonType.None,
            JsonValueKind.Number => IsIntegerNumber(value) ? PythonType.Int : PythonType.Float,
            _ => PythonType.None,
        },
        _ => PythonType.None,
    };

    /// <summary>Python's <c>bool(x)</c>.</summary>
    public static bool IsTruthy(JsonNode? node) => TypeOf(node) switch
    {
        PythonType.None => false,
        PythonType.Bool => node!.GetValue<bool>(),
        PythonType.Int => !GetInteger(node).IsZero,
        PythonType.Float => GetFloat(node) != 0.0,
        PythonType.Str => node!.GetValue<string>().Length > 0,
        PythonType.List => ((JsonArray)node!).Count > 0,
        PythonType.Dict => ((JsonObject)node!).Count > 0,
        _ => false,
    };

    /// <summary>The string value, or null when the node is not a Python str.</summary>
    public static string? AsString(JsonNode? node) =>
        TypeOf(node) == PythonType.Str ? node!.GetValue<string>() : null;

    /// <summary>True for int, float and bool (a Python bool is an int).</summary>
    public static bool IsNumeric(JsonNode? node) => TypeOf(node) is PythonType.Int or PythonType.Float or PythonType.Bool;

    /// <summary>The integer value of an int or bool.</summary>
    public static BigInteger GetInteger(JsonNode? node)
    {
        var type = TypeOf(node);
        if (type == PythonType.Bool)
        {
            return node!.GetValue<bool>() ? BigInteger.One : BigInteger.Zero;
        }

        if (type != PythonType.Int)
        {
            throw PythonErrorException.TypeError($"expected an int, got {type}");
        }

        var value = (JsonValue)node!;
        if (value.TryGetValue(out JsonElement element))
        {
            return BigInteger.Parse(element.GetRawText(), CultureInfo.InvariantCulture);
        }

        return value.GetValue<object>() switch
        {
            BigInteger big => big,
            IConvertible convertible => new BigInteger(convertible.ToDecimal(CultureInfo.InvariantCulture)),
            var other => throw PythonErrorException.TypeError($"not an integer: {other}"),
        };
    }

    /// <summary>The value of an int, float or bool as a double (Python's <c>float(x)</c> for numbers).</summary>
    public static double GetFloat(JsonNode? node)
    {
        var type = TypeOf(node);
        switch (type)
        {
            case PythonType.Bool:
            case PythonType.Int:
                return (double)GetInteger(node);
            case PythonType.Float:
                var value = (JsonValue)node!;
                if (value.TryGetValue(out JsonElement element))
                {
                    return double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                }

                return Convert.ToDouble(value.GetValue<object>(), CultureInfo.InvariantCulture);
            default:
                throw PythonErrorException.TypeError($"expected a number, got {type}");
        }
    }

    private static bool IsIntegerNumber(JsonValue value)
    {
        if (value.TryGetValue(out JsonElement element))
        {
            return element.GetRawText().AsSpan().IndexOfAny(".eE") < 0;
        }

        return value.GetValue<object>() is sbyte or byte or short or ushort or int or uint or long or ulong or BigInteger
            or Int128 or UInt128;
    }
}

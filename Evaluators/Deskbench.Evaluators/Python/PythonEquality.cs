using System.Numerics;
using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Python;

/// <summary>
/// Python's <c>==</c> on JSON values: numbers compare by value across int/float/bool (<c>1 == 1.0 == True</c>), strings
/// by code points, lists element-wise in order, dicts by key set and values; values of different kinds are unequal.
/// </summary>
public static class PythonEquality
{
    public static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        var leftType = PythonValues.TypeOf(left);
        var rightType = PythonValues.TypeOf(right);
        if (PythonValues.IsNumeric(left) && PythonValues.IsNumeric(right))
        {
            return NumbersEqual(left, leftType, right, rightType);
        }

        if (leftType != rightType)
        {
            return false;
        }

        return leftType switch
        {
            PythonType.None => true,
            PythonType.Str => string.Equals(left!.GetValue<string>(), right!.GetValue<string>(), StringComparison.Ordinal),
            PythonType.List => ListsEqual((JsonArray)left!, (JsonArray)right!),
            PythonType.Dict => DictsEqual((JsonObject)left!, (JsonObject)right!),
            _ => false,
        };
    }

    private static bool NumbersEqual(JsonNode? left, PythonType leftType, JsonNode? right, PythonType rightType)
    {
        if (leftType != PythonType.Float && rightType != PythonType.Float)
        {
            return PythonValues.GetInteger(left) == PythonValues.GetInteger(right);
        }

        var l = PythonValues.GetFloat(left);
        var r = PythonValues.GetFloat(right);
        if (leftType != PythonType.Float || rightType != PythonType.Float)
        {
            // int vs float: Python compares exactly; a float with a fraction never equals an int.
            var integer = leftType == PythonType.Float ? PythonValues.GetInteger(right) : PythonValues.GetInteger(left);
            var number = leftType == PythonType.Float ? l : r;
            return !double.IsNaN(number) && !double.IsInfinity(number) && Math.Floor(number) == number
                && new BigInteger(number) == integer;
        }

        return l == r;
    }

    private static bool ListsEqual(JsonArray left, JsonArray right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!AreEqual(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool DictsEqual(JsonObject left, JsonObject right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (key, value) in left)
        {
            if (!right.TryGetPropertyValue(key, out var other) || !AreEqual(value, other))
            {
                return false;
            }
        }

        return true;
    }
}

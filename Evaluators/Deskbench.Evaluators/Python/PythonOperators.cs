using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Python;

/// <summary>Python's <c>in</c> and ordering operators on JSON values, raising TypeError where Python does.</summary>
public static class PythonOperators
{
    /// <summary><c>item in container</c>: substring for str, equality membership for list, key membership for dict.</summary>
    public static bool Contains(JsonNode? container, JsonNode? item)
    {
        switch (PythonValues.TypeOf(container))
        {
            case PythonType.Str:
                var needle = PythonValues.AsString(item)
                    ?? throw PythonErrorException.TypeError(
                        $"'in <string>' requires string as left operand, not {Describe(item)}");
                return container!.GetValue<string>().Contains(needle, StringComparison.Ordinal);
            case PythonType.List:
                return ((JsonArray)container!).Any(element => PythonEquality.AreEqual(element, item));
            case PythonType.Dict:
                var itemType = PythonValues.TypeOf(item);
                if (itemType is PythonType.List or PythonType.Dict)
                {
                    throw PythonErrorException.TypeError($"unhashable type: '{Describe(item)}'");
                }

                return itemType == PythonType.Str && ((JsonObject)container!).ContainsKey(item!.GetValue<string>());
            default:
                throw PythonErrorException.TypeError($"argument of type '{Describe(container)}' is not iterable");
        }
    }

    /// <summary>Python's three-way ordering (for <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>).</summary>
    public static int Compare(JsonNode? left, JsonNode? right)
    {
        if (PythonValues.IsNumeric(left) && PythonValues.IsNumeric(right))
        {
            if (PythonValues.TypeOf(left) != PythonType.Float && PythonValues.TypeOf(right) != PythonType.Float)
            {
                return PythonValues.GetInteger(left).CompareTo(PythonValues.GetInteger(right));
            }

            return PythonValues.GetFloat(left).CompareTo(PythonValues.GetFloat(right));
        }

        var leftType = PythonValues.TypeOf(left);
        var rightType = PythonValues.TypeOf(right);
        if (leftType == PythonType.Str && rightType == PythonType.Str)
        {
            return CompareCodePoints(left!.GetValue<string>(), right!.GetValue<string>());
        }

        if (leftType == PythonType.List && rightType == PythonType.List)
        {
            var l = (JsonArray)left!;
            var r = (JsonArray)right!;
            for (var i = 0; i < Math.Min(l.Count, r.Count); i++)
            {
                if (!PythonEquality.AreEqual(l[i], r[i]))
                {
                    return Compare(l[i], r[i]);
                }
            }

            return l.Count.CompareTo(r.Count);
        }

        throw PythonErrorException.TypeError(
            $"'<' not supported between instances of '{Describe(left)}' and '{Describe(right)}'");
    }

    /// <summary>Python's name of the value's type, for error messages.</summary>
    public static string Describe(JsonNode? node) => PythonValues.TypeOf(node) switch
    {
        PythonType.None => "NoneType",
        var type => type.ToString().ToLowerInvariant(),
    };

    private static int CompareCodePoints(string left, string right)
    {
        var l = left.EnumerateRunes().GetEnumerator();
        var r = right.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasLeft = l.MoveNext();
            var hasRight = r.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft.CompareTo(hasRight);
            }

            var order = l.Current.Value.CompareTo(r.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }
}

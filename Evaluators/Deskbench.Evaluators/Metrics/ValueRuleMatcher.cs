using System.Globalization;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// OSWorld's <c>_match_value_to_rule(value, {method, ref})</c> (metrics/utils.py). Methods: <c>re[.FLAG…]</c>,
/// <c>eq ne lt le gt ge</c>, <c>approx:THRESHOLD</c>, <c>range.XY</c> (X,Y ∈ t|e: open/closed ends), <c>str_list_eq</c>,
/// <c>str_set_eq</c>. Anything Python would raise on throws (<see cref="PythonErrorException"/>, <see cref="NotSupportedException"/>).
/// </summary>
public static class ValueRuleMatcher
{
    public static bool Matches(JsonNode? value, JsonNode? rule)
    {
        var method = PythonValues.AsString(PythonIndexing.GetItem(rule, "method"))
            ?? throw PythonErrorException.TypeError("rule 'method' must be a string");
        var reference = PythonIndexing.GetItem(rule, "ref");
        if (method.StartsWith("re", StringComparison.Ordinal))
        {
            var flags = PythonRegex.FlagsFromNames(method.Split('.').Skip(1));
            var pattern = PythonValues.AsString(reference) ?? throw PythonErrorException.TypeError("first argument must be string");
            var text = PythonValues.AsString(value)
                ?? throw PythonErrorException.TypeError($"expected string or bytes-like object, got '{PythonOperators.Describe(value)}'");
            return PythonRegex.Search(pattern, text, flags);
        }

        switch (method)
        {
            case "eq":
                return PythonEquality.AreEqual(value, reference);
            case "ne":
                return !PythonEquality.AreEqual(value, reference);
            case "lt" or "le" or "gt" or "ge":
                return Order(method, value, reference);
        }

        if (method.StartsWith("approx", StringComparison.Ordinal))
        {
            var threshold = double.Parse(method.Split(':')[1], NumberStyles.Float, CultureInfo.InvariantCulture);
            if (!TryPythonFloat(value, out var number))
            {
                return false;
            }

            if (!PythonValues.IsNumeric(reference))
            {
                throw PythonErrorException.TypeError("unsupported operand type(s) for -: 'float' and " + PythonOperators.Describe(reference));
            }

            return Math.Abs(number - PythonValues.GetFloat(reference)) <= threshold;
        }

        if (method == "spreadsheet_range")
        {
            throw new NotSupportedException("rule method 'spreadsheet_range' needs spreadsheet ranges (openpyxl MultiCellRange)");
        }

        if (method.StartsWith("range.", StringComparison.Ordinal))
        {
            var low = PythonIndexing.GetItem(reference, 0);
            var high = PythonIndexing.GetItem(reference, 1);
            return Order("l" + method[6], low, value) && Order("l" + method[7], value, high);
        }

        if (method is "str_list_eq" or "str_set_eq")
        {
            var text = PythonValues.AsString(value)
                ?? throw PythonErrorException.AttributeError($"'{PythonOperators.Describe(value)}' object has no attribute 'strip'");
            var items = PythonText.Strip(text, "\"'").Split(',');
            var references = reference switch
            {
                JsonArray array => array,
                _ when PythonValues.AsString(reference) is { } chars =>
                    new JsonArray([.. chars.EnumerateRunes().Select(rune => (JsonNode?)JsonValue.Create(rune.ToString()))]),
                _ => throw PythonErrorException.TypeError($"'{PythonOperators.Describe(reference)}' object is not iterable"),
            };
            if (method == "str_list_eq")
            {
                return items.Length == references.Count
                    && items.Select((item, i) => PythonEquality.AreEqual(JsonValue.Create(item), references[i])).All(equal => equal);
            }

            var itemSet = items.ToHashSet(StringComparer.Ordinal);
            var referenceStrings = references.Select(PythonValues.AsString).ToList();
            // A non-string reference can never equal a string item, so the sets differ.
            return referenceStrings.All(r => r is not null)
                && itemSet.SetEquals(referenceStrings.Select(r => r!));
        }

        throw new NotSupportedException($"rule method '{method}' is not implemented (NotImplementedError in OSWorld)");
    }

    /// <summary>Python's <c>float(x)</c>: numbers, and strings such as " 1.5 ", "1_000", "inf"; false when Python raises.</summary>
    public static bool TryPythonFloat(JsonNode? value, out double number)
    {
        if (PythonValues.IsNumeric(value))
        {
            number = PythonValues.GetFloat(value);
            return true;
        }

        var text = PythonValues.AsString(value);
        number = 0;
        if (text is null)
        {
            return false;
        }

        text = PythonText.Strip(text).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        switch (text.TrimStart('+', '-'))
        {
            case "inf" or "infinity":
                number = text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
                return true;
            case "nan":
                number = double.NaN;
                return true;
        }

        return text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or '+' or '-')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private static bool Order(string method, JsonNode? left, JsonNode? right)
    {
        var order = PythonOperators.Compare(left, right);
        return method switch
        {
            "lt" => order < 0,
            "le" => order <= 0,
            "gt" => order > 0,
            "ge" => order >= 0,
            _ => throw new NotSupportedException($"module 'operator' has no attribute '{method}'"),
        };
    }
}

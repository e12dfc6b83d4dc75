using System.Text.Json.Nodes;
using System.Xml.Linq;
using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// compare_table's <c>data_validation</c> rule: the sheet needs at least as many validations as <c>dv_props</c> entries, and
/// every validation must match one entry (all of its attributes by <c>_match_value_to_rule</c>; <c>ranges</c> with
/// <c>spreadsheet_range</c> [subset, superset]).
/// </summary>
internal static class DataValidationRule
{
    private static readonly XNamespace M = XlsxNames.Main;

    public static bool Check(XlsxSheet sheet, JsonNode? dvProps)
    {
        var validations = sheet.Root.Element(M + "dataValidations")?.Elements(M + "dataValidation").ToList() ?? [];
        var props = PythonIndexing.Iterate(dvProps).ToList();
        if (validations.Count < props.Count)
        {
            return false;
        }

        foreach (var validation in validations)
        {
            var matched = props.Any(entry => entry is JsonObject attributes
                && attributes.All(pair => Matches(validation, pair.Key, pair.Value)));
            if (!matched)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(XElement validation, string attribute, JsonNode? rule)
    {
        var method = PythonValues.AsString(PythonIndexing.GetItem(rule, "method"));
        if (attribute is "ranges" or "sqref")
        {
            var ranges = MultiCellRange.Parse((string?)validation.Attribute("sqref") ?? string.Empty);
            if (method == "spreadsheet_range")
            {
                var reference = PythonIndexing.GetItem(rule, "ref");
                var subset = MultiCellRange.FromJson(PythonIndexing.GetItem(reference, 0));
                var superset = MultiCellRange.FromJson(PythonIndexing.GetItem(reference, 1));
                return subset.IsContainedBy(ranges) && ranges.IsContainedBy(superset);
            }

            return ValueRuleMatcher.Matches(ranges.ToString(), rule);
        }

        return ValueRuleMatcher.Matches(Attribute(validation, attribute), rule);
    }

    private static JsonNode? Attribute(XElement validation, string attribute)
    {
        switch (attribute)
        {
            case "formula1" or "formula2":
                var formula = validation.Element(M + attribute);
                return formula is null ? null : JsonValue.Create(formula.Value);
            case "allowBlank" or "showDropDown" or "showInputMessage" or "showErrorMessage" or "allow_blank":
                var name = attribute == "allow_blank" ? "allowBlank" : attribute;
                return JsonValue.Create((string?)validation.Attribute(name) is "1" or "true");
            default:
                var value = (string?)validation.Attribute(attribute);
                return value is null ? null : JsonValue.Create(value);
        }
    }
}

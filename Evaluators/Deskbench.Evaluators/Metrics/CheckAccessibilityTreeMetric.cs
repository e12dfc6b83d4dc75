using System.Collections;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;
using Deskbench.Core.Observations;
using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Text;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_accessibility_tree(result, rules, osname="ubuntu")</c>: <c>result</c> is the tree's XML (the
/// <c>accessibility_tree</c> getter). For each rule, the elements selected by its <c>xpath</c> (preferred) or by its
/// <c>selectors</c> (CSS, joined by ", ") — namespace prefixes <c>st</c>, <c>attr</c>, <c>cp</c>, … of <c>osname</c> — must
/// exist, else the score is 0. A rule with <c>text</c> scores the best match over the elements' own text: equality when
/// <c>exact</c> (default true), else rapidfuzz's ratio / 100. The score is the product over the rules. A null or unparsable
/// tree scores 0.
/// </summary>
public sealed class CheckAccessibilityTreeMetric : IMetric
{
    public string Name => "check_accessibility_tree";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name, "osname");
        var rules = call.RequireExpected(Name);
        var osName = call.HasOption("osname") ? PythonValues.AsString(call.Option("osname")) ?? "" : "ubuntu";
        var namespaces = AccessibilityNamespaces.ForOsName(osName)
            ?? throw PythonErrorException.TypeError($"KeyError: '{osName}' is not an accessibility namespace map (ubuntu, windows, macos)");
        if (PythonValues.AsString(call.Result) is not { } xml || Parse(xml) is not { } root)
        {
            return ValueTask.FromResult(0.0);
        }

        var resolver = new XmlNamespaceManager(new NameTable());
        foreach (var (prefix, uri) in namespaces)
        {
            resolver.AddNamespace(prefix, uri);
        }

        var total = 1.0;
        foreach (var rule in PythonIndexing.Iterate(rules))
        {
            var elements = Select(root, rule, resolver);
            if (elements.Count == 0)
            {
                return ValueTask.FromResult(0.0);
            }

            total *= Score(rule, elements);
        }

        return ValueTask.FromResult(total);
    }

    private static double Score(JsonNode? rule, IReadOnlyList<XElement> elements)
    {
        if (rule is not JsonObject obj || !obj.ContainsKey("text"))
        {
            return 1.0;
        }

        var expected = obj["text"];
        var exact = !obj.ContainsKey("exact") || PythonValues.IsTruthy(obj["exact"]);
        var best = 0.0;
        foreach (var element in elements)
        {
            var text = ElementText(element) is { Length: > 0 } own ? own : "";
            double score;
            if (exact)
            {
                score = PythonValues.AsString(expected) is { } wanted && string.Equals(wanted, text, StringComparison.Ordinal) ? 1.0 : 0.0;
            }
            else
            {
                var wanted = PythonValues.AsString(expected) ?? throw PythonErrorException.TypeError("text must be a string for a fuzzy match");
                score = FuzzRatio.Ratio(wanted, text) / 100.0;
            }

            best = Math.Max(best, score);
        }

        return best;
    }

    private static List<XElement> Select(XElement root, JsonNode? rule, XmlNamespaceManager resolver)
    {
        string xpath;
        if (rule is JsonObject obj && obj.ContainsKey("xpath"))
        {
            xpath = PythonValues.AsString(obj["xpath"]) ?? throw PythonErrorException.TypeError("xpath must be a string");
        }
        else if (rule is JsonObject withSelectors && withSelectors.ContainsKey("selectors"))
        {
            var selectors = PythonIndexing.Iterate(withSelectors["selectors"])
                .Select(s => PythonValues.AsString(s) ?? throw PythonErrorException.TypeError("selectors must be strings"));
            xpath = CssSelectorToXPath.Translate(string.Join(", ", selectors));
        }
        else
        {
            throw new MetricArgumentException("check_accessibility_tree: at least one of xpath and selectors is required");
        }

        try
        {
            return root.XPathEvaluate(xpath, resolver) is IEnumerable nodes
                ? nodes.OfType<XElement>().ToList()
                : throw new MetricArgumentException($"check_accessibility_tree: the xpath '{xpath}' selects a value, not elements");
        }
        catch (XPathException e)
        {
            throw new MetricArgumentException($"check_accessibility_tree: invalid xpath '{xpath}': {e.Message}");
        }
    }

    private static XElement? Parse(string xml)
    {
        try
        {
            return XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>lxml's <c>.text</c>: the text before the first child element.</summary>
    private static string? ElementText(XElement element)
    {
        StringBuilder? text = null;
        foreach (var node in element.Nodes().TakeWhile(node => node is not XElement))
        {
            if (node is XText part)
            {
                (text ??= new StringBuilder()).Append(part.Value);
            }
        }

        return text?.ToString();
    }
}

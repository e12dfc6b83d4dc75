using System.Text.RegularExpressions;
using System.Xml.Linq;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_libre_locale(config_file, rules)</c> (libreoffice.py): in registrymodifications.xcu, the value of
/// <c>ooSetupSystemLocale</c> under an item whose <c>oor:path</c> ends with <c>L10N</c> (else the first <c>ooLocale</c>)
/// must match one of the <c>fnmatchcase</c> patterns of <c>rules["locale_set"]</c>. A missing file or setting raises.
/// </summary>
public sealed class CheckLibreLocaleMetric : IMetric
{
    private static readonly XNamespace Oor = "http://openoffice.org/2001/registry";

    public string Name => "check_libre_locale";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        var config = XDocument.Load(PythonIndexing.AsPath(call.Result)).Root
            ?? throw new InvalidDataException($"{Name}: the configuration file has no root element");
        var setting = Values(config, "ooSetupSystemLocale").FirstOrDefault()
            ?? Values(config, "ooLocale").FirstOrDefault()
            ?? throw PythonErrorException.IndexError("list index out of range");
        var text = setting.Nodes().Any() ? setting.Value : throw PythonErrorException.TypeError("expected str, bytes or os.PathLike object, not NoneType");
        var patterns = PythonIndexing.Iterate(PythonIndexing.GetItem(rules, "locale_set")).Select(PythonFormatting.Str);
        return ValueTask.FromResult(patterns.Any(p => Regex.IsMatch(text, FnmatchToRegex(p))) ? 1.0 : 0.0);
    }

    private static IEnumerable<XElement> Values(XElement root, string propName) =>
        root.Descendants("item")
            .Where(item => ((string?)item.Attribute(Oor + "path"))?.EndsWith("L10N", StringComparison.Ordinal) == true)
            .SelectMany(item => item.Elements("prop"))
            .Where(prop => (string?)prop.Attribute(Oor + "name") == propName)
            .SelectMany(prop => prop.Elements("value"));

    /// <summary>Python's <c>fnmatch.translate</c>: <c>*</c>, <c>?</c>, <c>[seq]</c>, <c>[!seq]</c>, anchored, case-sensitive.</summary>
    internal static string FnmatchToRegex(string pattern)
    {
        var regex = new System.Text.StringBuilder("^(?s:");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*')
            {
                regex.Append(".*");
            }
            else if (c == '?')
            {
                regex.Append('.');
            }
            else if (c == '[' && pattern.IndexOf(']', Math.Min(pattern.Length, i + (i + 1 < pattern.Length && pattern[i + 1] == '!' ? 3 : 2))) is var close && close > i + 1)
            {
                var body = pattern[(i + 1)..close];
                var negate = body.StartsWith('!');
                body = (negate ? body[1..] : body).Replace("\\", "\\\\", StringComparison.Ordinal);
                regex.Append(negate ? "[^" : "[").Append(body).Append(']');
                i = close;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.Append(@")\z").ToString();
    }
}

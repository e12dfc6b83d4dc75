using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Deskbench.Evaluators.Python;

/// <summary>
/// PyYAML's <c>yaml.safe_load</c> as JSON: YAML 1.1 plain-scalar resolution (null/~, yes/no/on/off booleans, 0x/0o/0b and
/// underscore integers, .inf/.nan floats), merge keys, one document. Timestamps stay strings (PyYAML would give datetime).
/// </summary>
public static partial class PythonYaml
{
    /// <summary>Parses one YAML document; an empty stream is null (None). Invalid YAML throws <see cref="YamlException"/>.</summary>
    public static JsonNode? SafeLoad(string text)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(text))
        {
            stream.Load(new MergingParser(new Parser(reader)));
        }

        return stream.Documents.Count switch
        {
            0 => null,
            1 => Convert(stream.Documents[0].RootNode),
            _ => throw new YamlException("expected a single document in the stream"),
        };
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ConvertScalar(scalar),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlMappingNode mapping => ConvertMapping(mapping),
        _ => throw new YamlException($"unsupported YAML node {node.NodeType}"),
    };

    private static JsonObject ConvertMapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? "None" : key.ToString();
            result[name] = Convert(value);
        }

        return result;
    }

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is "tag:yaml.org,2002:str" || (tag is null && scalar.Style != ScalarStyle.Plain))
        {
            return JsonValue.Create(text);
        }

        if (NullPattern().IsMatch(text) && tag is null or "tag:yaml.org,2002:null")
        {
            return null;
        }

        if (BoolPattern().IsMatch(text))
        {
            return JsonValue.Create(text[0] is 'y' or 'Y' or 't' or 'T' || text.Equals("on", StringComparison.OrdinalIgnoreCase));
        }

        if (IntPattern().IsMatch(text))
        {
            return JsonNode.Parse(ParseInteger(text).ToString(CultureInfo.InvariantCulture));
        }

        if (FloatPattern().IsMatch(text))
        {
            return JsonValue.Create(ParseFloat(text));
        }

        return JsonValue.Create(text);
    }

    private static BigInteger ParseInteger(string text)
    {
        var value = text.Replace("_", string.Empty, StringComparison.Ordinal);
        var negative = value.StartsWith('-');
        value = value.TrimStart('-', '+');
        BigInteger result;
        if (value.StartsWith("0b", StringComparison.Ordinal))
        {
            result = value[2..].Aggregate(BigInteger.Zero, (acc, digit) => (acc * 2) + (digit - '0'));
        }
        else if (value.StartsWith("0x", StringComparison.Ordinal))
        {
            result = BigInteger.Parse("0" + value[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        else if (value.Contains(':', StringComparison.Ordinal))
        {
            result = value.Split(':').Aggregate(BigInteger.Zero, (acc, part) => (acc * 60) + BigInteger.Parse(part, CultureInfo.InvariantCulture));
        }
        else if (value.Length > 1 && value[0] == '0')
        {
            result = value[1..].Aggregate(BigInteger.Zero, (acc, digit) => (acc * 8) + (digit - '0'));
        }
        else
        {
            result = BigInteger.Parse(value, CultureInfo.InvariantCulture);
        }

        return negative ? -result : result;
    }

    private static double ParseFloat(string text)
    {
        var value = text.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (value.EndsWith(".inf", StringComparison.Ordinal))
        {
            return value.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (value == ".nan")
        {
            return double.NaN;
        }

        if (value.Contains(':', StringComparison.Ordinal))
        {
            var negative = value.StartsWith('-');
            var total = value.TrimStart('-', '+').Split(':')
                .Aggregate(0.0, (acc, part) => (acc * 60) + double.Parse(part, CultureInfo.InvariantCulture));
            return negative ? -total : total;
        }

        return double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();
}

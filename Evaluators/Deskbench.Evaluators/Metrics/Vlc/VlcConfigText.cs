using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>How OSWorld's vlc.py metrics read <c>vlcrc</c>: the whole file as UTF-8, lines split on <c>\n</c>.</summary>
internal static class VlcConfigText
{
    /// <summary>The file's lines; a missing file raises (an evaluation error naming the metric), as in OSWorld.</summary>
    public static string[] ReadLines(string metricName, JsonNode? path)
    {
        var local = PythonIndexing.AsPath(path);
        if (!File.Exists(local))
        {
            throw new FileNotFoundException($"{metricName}: VLC configuration file not found: {local}", local);
        }

        return PythonText.ReadText(local).Split('\n');
    }

    /// <summary>
    /// The value after the last <c>=</c> of the last line containing <paramref name="needle"/> (commented lines included,
    /// as in OSWorld), stripped; <paramref name="fallback"/> when no line does.
    /// </summary>
    public static string LastValue(IEnumerable<string> lines, string needle, string fallback)
    {
        var value = fallback;
        foreach (var line in lines)
        {
            if (line.Contains(needle, StringComparison.Ordinal))
            {
                value = PythonText.Strip(line.Split('=')[^1]);
            }
        }

        return value;
    }

    /// <summary>OSWorld's <c>if isinstance(expected, int): expected = str(expected)</c>; other non-strings never match (null).</summary>
    public static string? ExpectedText(JsonNode? expected) => PythonValues.TypeOf(expected) switch
    {
        PythonType.Int or PythonType.Bool or PythonType.Str => PythonFormatting.Str(expected),
        _ => null,
    };
}

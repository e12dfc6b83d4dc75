using Deskbench.Evaluators.OmniAct.Parsing;

namespace Deskbench.Evaluators.OmniAct.Scoring;

/// <summary>The official script's line handling, quirks included.</summary>
internal static class OfficialScript
{
    private static readonly char[] PythonWhitespace = [' ', '\t', '\n', '\r', '\v', '\f'];

    /// <summary>
    /// Gold: <c>text.strip().split("\n")[1:]</c> (the "Task:" line dropped), lines kept when
    /// <c>x.lower().strip().startswith("pyautogui")</c>, and EVERYTHING lowercased (quirk: names, keys, typed text).
    /// </summary>
    public static List<string> GoldLines(string taskFileText) => KeptLines(taskFileText, skipFirst: true);

    /// <summary>Prediction: <c>pred.strip().split("\n")</c>, same filter and lowercasing; lines are NOT stripped (quirk).</summary>
    public static List<string> PredictionLines(string prediction) => KeptLines(prediction, skipFirst: false);

    /// <summary><c>line.split("pyautogui.")[1].split("(")[0]</c>; null where Python raises IndexError.</summary>
    public static string? ActionName(string line) =>
        PythonSplit.Segment(line, "pyautogui.", 1) is { } call ? PythonSplit.Segment(call, "(", 0) : null;

    /// <summary>The first two comma-separated arguments: <c>split("pyautogui.")[1].split("(")[1].split(",")[0|1]</c>.</summary>
    public static bool TryPoint(string line, out double x, out double y)
    {
        x = y = 0;
        var call = PythonSplit.Segment(line, "pyautogui.", 1);
        var arguments = call is null ? null : PythonSplit.Segment(call, "(", 1);
        if (arguments is null)
        {
            return false;
        }

        var second = PythonSplit.Segment(arguments, ",", 1);
        return PythonSplit.TryParseFloat(PythonSplit.Segment(arguments, ",", 0), out x)
            && second is not null
            && PythonSplit.TryParseFloat(PythonSplit.Segment(second, ")", 0), out y);
    }

    /// <summary>
    /// Hotkey key set: <c>{t[1:-1] for t in line.split("(")[1].split(")")[0].split(",") if len(t) > 2}</c>. The raw
    /// tokens keep the space after each comma, so <c>' "c"'</c> becomes <c>'"c'</c>: whitespace-sensitive (quirk).
    /// </summary>
    public static HashSet<string>? HotkeySet(string line)
    {
        var inside = PythonSplit.Segment(line, "(", 1);
        if (inside is null)
        {
            return null;
        }

        var tokens = PythonSplit.Segment(inside, ")", 0)!.Split(',');
        return tokens.Where(token => token.Length > 2).Select(token => token[1..^1]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Python's <c>str.strip()</c> (ASCII whitespace; enough for scripts).</summary>
    public static string Strip(string text) => text.Trim(PythonWhitespace);

    private static List<string> KeptLines(string text, bool skipFirst)
    {
        var lines = Strip(text).Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = skipFirst ? 1 : 0; i < lines.Length; i++)
        {
            var lower = lines[i].ToLowerInvariant();
            if (Strip(lower).StartsWith("pyautogui", StringComparison.Ordinal))
            {
                kept.Add(lower);
            }
        }

        return kept;
    }
}

using Deskbench.Evaluators.OmniAct.Parsing;

namespace Deskbench.Evaluators.OmniAct.Scoring;

/// <summary>Corrected-mode reading of a script: stripped lines, each parsed as a Python call.</summary>
internal static class CorrectedScript
{
    /// <summary>The pyautogui lines (stripped), skipping the "Task:" line for gold.</summary>
    public static List<string> Lines(string text, bool skipFirst, out bool anyIndented)
    {
        anyIndented = false;
        var lines = text.Trim().Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = skipFirst ? 1 : 0; i < lines.Length; i++)
        {
            var stripped = lines[i].Trim();
            if (stripped.StartsWith("pyautogui", StringComparison.OrdinalIgnoreCase))
            {
                anyIndented |= i > 0 && lines[i].Length > 0 && char.IsWhiteSpace(lines[i][0]);
                kept.Add(stripped);
            }
        }

        return kept;
    }

    /// <summary>The action name, from the parsed call or (for a call that does not parse) the text before "(".</summary>
    public static string? Name(string line, PythonCall? call) =>
        call?.Name ?? OfficialScript.ActionName(line.ToLowerInvariant());

    /// <summary>The (x, y) of a pointer call: x=/y= keywords, two positional numbers, or one (x, y) tuple.</summary>
    public static bool TryPoint(PythonCall call, out double x, out double y)
    {
        x = y = 0;
        var first = call.Argument(0, "x");
        if (first?.Items is [{ Number: { } tupleX }, { Number: { } tupleY }, ..])
        {
            (x, y) = (tupleX, tupleY);
            return true;
        }

        if (first?.Number is { } px && call.Argument(1, "y")?.Number is { } py)
        {
            (x, y) = (px, py);
            return true;
        }

        return false;
    }

    /// <summary>The string arguments of a call (a single list argument is expanded), trimmed and lowercased.</summary>
    public static List<string> Keys(PythonCall call, string keyword)
    {
        var arguments = call.Keyword.TryGetValue(keyword, out var named) ? [named] : call.Positional;
        var expanded = arguments.Count == 1 && arguments[0].Items is { } items ? items : arguments;
        return [.. expanded.Where(a => a.Text is not null).Select(a => a.Text!.Trim().ToLowerInvariant())];
    }

    public static bool IsPointer(string name) =>
        name.ToLowerInvariant() is "click" or "doubleclick" or "rightclick" or "moveto" or "dragto";
}

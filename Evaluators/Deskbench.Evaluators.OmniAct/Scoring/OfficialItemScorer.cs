using Deskbench.Evaluators.OmniAct.Parsing;

namespace Deskbench.Evaluators.OmniAct.Scoring;

/// <summary>
/// One item scored exactly as the official eval.py does. Where the official script would raise on the PREDICTION
/// (unparsable coordinates, no quotes), the action gets the full penalty and a warning is recorded; where no box is
/// centred on a gold click (official: AssertionError), the click is not penalised and a warning is recorded. Gold lines
/// the official script cannot parse at all stop scoring with an <see cref="OmniActScoringException"/>.
/// </summary>
internal static class OfficialItemScorer
{
    public static OmniActItemScore Score(OmniActGoldItem gold, string prediction, ScoringNotes notes)
    {
        var goldLines = OfficialScript.GoldLines(gold.TaskFileText);
        var predLines = OfficialScript.PredictionLines(prediction);
        var n = goldLines.Count;
        var weight = n - 0.9; // quirk: a malformed zero-length gold task weighs −0.9 and lowers the ideal total.
        var goldActions = goldLines.Select(line => GoldActionName(gold, line)).ToList();

        // Quirk: prediction lines are not stripped, so an indented line fails startswith("pyautogui.").
        var matched = predLines.Count == n && Enumerable.Range(0, n).All(k =>
            predLines[k].StartsWith("pyautogui.", StringComparison.Ordinal)
            && OfficialScript.ActionName(predLines[k]) == goldActions[k]);

        double click = 0, key = 0, write = 0;
        if (matched)
        {
            for (var k = 0; k < n; k++)
            {
                var goldLine = OfficialScript.Strip(goldLines[k]);
                var predLine = predLines[k];
                switch (goldActions[k])
                {
                    // Quirk: lines are lowercased, so "rightclick"/"moveto"/"dragto"/"doubleclick" never equal the
                    // camelCase names the script tests; only "click" gets a coordinate penalty.
                    case "click":
                        click += ClickComponent(gold, goldLine, predLine, notes) / n;
                        break;
                    case "press":
                        key += PressComponent(gold, goldLine, predLine, notes) / n;
                        break;
                    case "hotkey":
                        key += HotkeyComponent(gold, goldLine, predLine, notes) / n;
                        break;
                    case "write":
                        write += WriteComponent(gold, goldLine, predLine, notes) / n;
                        break;
                    default:
                        break; // scroll, hscroll and the other pointer actions: no penalty.
                }
            }
        }

        return new OmniActItemScore(gold.Id, gold.App, gold.Platform, n, weight, matched, click, key, write, Excluded: false);
    }

    private static string GoldActionName(OmniActGoldItem gold, string line) =>
        OfficialScript.ActionName(OfficialScript.Strip(line))
        ?? throw new OmniActScoringException(
            $"item {gold.Id}: gold line '{line.Trim()}' has no 'pyautogui.' call; the official script fails on it too.");

    private static double ClickComponent(OmniActGoldItem gold, string goldLine, string predLine, ScoringNotes notes)
    {
        if (!OfficialScript.TryPoint(goldLine, out var goldX, out var goldY))
        {
            throw new OmniActScoringException($"item {gold.Id}: gold click '{goldLine}' has no x, y; the official script fails on it too.");
        }

        var box = ClickPenalty.FindBoxCentredAt(gold.Boxes, goldX, goldY);
        if (box is null)
        {
            notes.Warn(gold.Id, $"no box is centred on gold click ({goldX}, {goldY}); official script asserts here; click not penalised");
            return 0;
        }

        if (!OfficialScript.TryPoint(predLine, out var x, out var y))
        {
            notes.Warn(gold.Id, $"predicted click '{predLine.Trim()}' has no numeric x, y; official script raises here; full click penalty");
            return 1;
        }

        return ClickPenalty.Compute(box, x, y);
    }

    private static double PressComponent(OmniActGoldItem gold, string goldLine, string predLine, ScoringNotes notes)
    {
        var goldKey = PythonSplit.Segment(goldLine, "\"", 1) // gold is assumed to use double quotes
            ?? throw new OmniActScoringException($"item {gold.Id}: gold press '{goldLine}' has no double-quoted key; the official script fails on it too.");
        var predKey = PythonSplit.SegmentOnAnyQuote(predLine, 1); // quirk: re.split on either quote breaks on apostrophes
        if (predKey is null)
        {
            notes.Warn(gold.Id, $"predicted press '{predLine.Trim()}' has no quoted key; official script raises here; full key penalty");
            return 1;
        }

        return OfficialScript.Strip(goldKey) == OfficialScript.Strip(predKey) ? 0 : 1;
    }

    private static double HotkeyComponent(OmniActGoldItem gold, string goldLine, string predLine, ScoringNotes notes)
    {
        var goldSet = OfficialScript.HotkeySet(goldLine)
            ?? throw new OmniActScoringException($"item {gold.Id}: gold hotkey '{goldLine}' has no '('; the official script fails on it too.");
        var predSet = OfficialScript.HotkeySet(predLine);
        if (predSet is null)
        {
            notes.Warn(gold.Id, $"predicted hotkey '{predLine.Trim()}' has no '('; official script raises here; full key penalty");
            return 1;
        }

        return goldSet.SetEquals(predSet) ? 0 : 1;
    }

    private static double WriteComponent(OmniActGoldItem gold, string goldLine, string predLine, ScoringNotes notes)
    {
        var reference = PythonSplit.Segment(goldLine, "\"", 1)
            ?? throw new OmniActScoringException($"item {gold.Id}: gold write '{goldLine}' has no double-quoted text; the official script fails on it too.");
        var candidate = PythonSplit.SegmentOnAnyQuote(predLine, 1);
        if (candidate is null)
        {
            notes.Warn(gold.Id, $"predicted write '{predLine.Trim()}' has no quoted text; official script raises here; full write penalty");
            return 1;
        }

        return 1 - CharacterBleu.Bleu2(reference, candidate);
    }
}

using Deskbench.Evaluators.OmniAct.Parsing;

namespace Deskbench.Evaluators.OmniAct.Scoring;

/// <summary>
/// One item scored with the documented bugs fixed (<see cref="OmniActFix"/>). Everything else follows the official
/// algorithm: weights n − 0.9, all-or-nothing sequence match, d/(d+diagonal), key-set mismatch, character BLEU-2, and
/// case-insensitive comparison of keys and typed text (the official lowercasing is kept so the scales stay comparable).
/// </summary>
internal static class CorrectedItemScorer
{
    public static OmniActItemScore Score(OmniActGoldItem gold, string prediction, ScoringNotes notes)
    {
        var goldLines = CorrectedScript.Lines(gold.TaskFileText, skipFirst: true, out _);
        var goldCalls = goldLines.Select(PythonCallParser.Parse).ToList();
        var n = goldLines.Count;
        if (n == 0 || goldCalls.Any(call => call is null))
        {
            if (n == 0)
            {
                notes.FixUsed(OmniActFix.ZeroLengthGoldExcluded, gold.Id);
            }

            notes.Warn(gold.Id, n == 0 ? "gold script has no actions; excluded" : "a gold line does not parse as a pyautogui call; excluded");
            return new OmniActItemScore(gold.Id, gold.App, gold.Platform, n, n - 0.9, false, 0, 0, 0, Excluded: true);
        }

        var predLines = CorrectedScript.Lines(prediction, skipFirst: false, out var indented);
        var predCalls = predLines.Select(PythonCallParser.Parse).ToList();
        var matched = predLines.Count == n && Enumerable.Range(0, n).All(k =>
            string.Equals(CorrectedScript.Name(predLines[k], predCalls[k]), goldCalls[k]!.Name, StringComparison.OrdinalIgnoreCase));
        if (matched && indented)
        {
            notes.FixUsed(OmniActFix.PredictionLinesStripped, gold.Id);
        }

        double click = 0, key = 0, write = 0;
        for (var k = 0; matched && k < n; k++)
        {
            var goldCall = goldCalls[k]!;
            var context = new CorrectedActionContext(gold, goldLines[k], goldCall, predCalls[k], predLines[k], notes);
            var name = goldCall.Name.ToLowerInvariant();
            if (CorrectedScript.IsPointer(name))
            {
                click += CorrectedPenalties.Pointer(context) / n;
            }
            else if (name is "press")
            {
                key += CorrectedPenalties.Press(context) / n;
            }
            else if (name is "hotkey")
            {
                key += CorrectedPenalties.Hotkey(context) / n;
            }
            else if (name is "write")
            {
                write += CorrectedPenalties.Write(context) / n;
            }
        }

        return new OmniActItemScore(gold.Id, gold.App, gold.Platform, n, n - 0.9, matched, click, key, write, Excluded: false);
    }
}

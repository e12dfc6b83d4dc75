namespace Deskbench.Evaluators.OmniAct.Scoring;

/// <summary>Per-action penalty components (0..1, before the 1/n factor) in corrected mode.</summary>
internal static class CorrectedPenalties
{
    public static double Pointer(CorrectedActionContext c)
    {
        if (!c.GoldCall.Name.Equals("click", StringComparison.OrdinalIgnoreCase))
        {
            c.Notes.FixUsed(OmniActFix.PointerActionsScored, c.Gold.Id);
        }

        if (!CorrectedScript.TryPoint(c.GoldCall, out var goldX, out var goldY))
        {
            c.Notes.Warn(c.Gold.Id, $"gold {c.GoldCall.Name} has no x, y; not penalised");
            return 0;
        }

        var box = ClickPenalty.FindBoxCentredAt(c.Gold.Boxes, goldX, goldY);
        if (box is null)
        {
            c.Notes.Warn(c.Gold.Id, $"no box is centred on gold {c.GoldCall.Name} ({goldX}, {goldY}); not penalised");
            return 0;
        }

        if (c.PredCall is null || !CorrectedScript.TryPoint(c.PredCall, out var x, out var y))
        {
            c.Notes.Warn(c.Gold.Id, $"predicted '{c.PredLine}' has no numeric x, y; full click penalty");
            return 1;
        }

        NoteKeywords(c, "x", "y");
        return ClickPenalty.Compute(box, x, y);
    }

    public static double Press(CorrectedActionContext c)
    {
        if (c.PredCall is null)
        {
            return 1;
        }

        NoteKeywords(c, "keys");
        NoteQuoting(c, CorrectedScript.Keys(c.PredCall, "keys"));
        return CorrectedScript.Keys(c.GoldCall, "keys").SequenceEqual(CorrectedScript.Keys(c.PredCall, "keys")) ? 0 : 1;
    }

    public static double Hotkey(CorrectedActionContext c)
    {
        if (c.PredCall is null)
        {
            return 1;
        }

        var same = CorrectedScript.Keys(c.GoldCall, "keys").ToHashSet().SetEquals(CorrectedScript.Keys(c.PredCall, "keys"));
        var officialGold = OfficialScript.HotkeySet(c.GoldLine.ToLowerInvariant());
        var officialPred = OfficialScript.HotkeySet(c.PredLine.ToLowerInvariant());
        var officialSame = officialGold is not null && officialPred is not null && officialGold.SetEquals(officialPred);
        if (same != officialSame)
        {
            c.Notes.FixUsed(OmniActFix.HotkeyWhitespaceIgnored, c.Gold.Id);
        }

        return same ? 0 : 1;
    }

    public static double Write(CorrectedActionContext c)
    {
        var reference = c.GoldCall.Argument(0, "message")?.Text?.ToLowerInvariant();
        var candidate = c.PredCall?.Argument(0, "message")?.Text?.ToLowerInvariant();
        if (reference is null || candidate is null)
        {
            c.Notes.Warn(c.Gold.Id, reference is null ? "gold write has no text; not penalised" : $"predicted '{c.PredLine}' has no text; full write penalty");
            return reference is null ? 0 : 1;
        }

        NoteKeywords(c, "message");
        NoteQuoting(c, [candidate]);
        var bleu = CharacterBleu.Bleu2(reference, candidate);
        if (reference == candidate)
        {
            if (bleu < 1)
            {
                c.Notes.FixUsed(OmniActFix.ExactWriteNotPenalized, c.Gold.Id);
            }

            return 0;
        }

        return 1 - bleu;
    }

    private static void NoteKeywords(CorrectedActionContext c, params string[] names)
    {
        if (c.PredCall is not null && names.Any(c.PredCall.Keyword.ContainsKey))
        {
            c.Notes.FixUsed(OmniActFix.KeywordArgumentsParsed, c.Gold.Id);
        }
    }

    /// <summary>Counts the fix when the official quote split would have read a different first string.</summary>
    private static void NoteQuoting(CorrectedActionContext c, List<string> parsed)
    {
        var official = Parsing.PythonSplit.SegmentOnAnyQuote(c.PredLine.ToLowerInvariant(), 1);
        if (parsed.Count > 0 && official is not null && OfficialScript.Strip(official) != OfficialScript.Strip(parsed[0]))
        {
            c.Notes.FixUsed(OmniActFix.QuotedStringsParsed, c.Gold.Id);
        }
    }
}

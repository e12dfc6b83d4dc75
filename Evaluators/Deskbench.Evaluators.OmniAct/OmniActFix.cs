namespace Deskbench.Evaluators.OmniAct;

/// <summary>A documented bug of the official OmniACT eval.py that the corrected mode fixes.</summary>
public enum OmniActFix
{
    /// <summary>The official script lowercases every line and then compares with camelCase names, so only <c>click</c>
    /// gets a coordinate penalty; corrected mode applies it to click, doubleClick, rightClick, moveTo and dragTo.</summary>
    PointerActionsScored,

    /// <summary>The official script splits arguments on commas, so <c>click(x=10, y=20)</c> or <c>write(message="…")</c>
    /// cannot be read; corrected mode parses keyword arguments.</summary>
    KeywordArgumentsParsed,

    /// <summary>The official script splits strings on quote characters, so <c>write("don't")</c> becomes <c>don</c>;
    /// corrected mode reads Python string literals (either quote, escapes).</summary>
    QuotedStringsParsed,

    /// <summary>The official hotkey key set keeps the space after each comma, so <c>hotkey("ctrl","c")</c> and
    /// <c>hotkey("ctrl", "c")</c> differ; corrected mode compares the trimmed key names.</summary>
    HotkeyWhitespaceIgnored,

    /// <summary>Malformed gold tasks with no actions weigh −0.9 and lower the ideal total; corrected mode excludes them.</summary>
    ZeroLengthGoldExcluded,

    /// <summary>The official script does not strip prediction lines, so an indented line never matches; corrected mode strips them.</summary>
    PredictionLinesStripped,

    /// <summary>Unsmoothed character BLEU-2 scores a correct one-character write ≈ 0; corrected mode gives an exact match no penalty.</summary>
    ExactWriteNotPenalized,
}

namespace Deskbench.Guest.Accessibility;

/// <summary>
/// AT-SPI state bits and their names as OSWorld writes them (<c>st:NAME</c>): pyatspi's <c>STATE_X_Y</c> without the prefix,
/// lower case (<c>multi_line</c>, <c>has_tooltip</c>, …). Bits past the last known state are not written.
/// </summary>
internal static class AtspiStates
{
    public const int Active = 1;
    public const int Focused = 12;
    public const int Showing = 25;
    public const int Visible = 30;
    public const int ManagesDescendants = 31;

    private static readonly string[] Names =
    [
        "invalid", "active", "armed", "busy", "checked", "collapsed", "defunct", "editable", "enabled", "expandable", "expanded",
        "focusable", "focused", "has_tooltip", "horizontal", "iconified", "modal", "multi_line", "multiselectable", "opaque",
        "pressed", "resizable", "selectable", "selected", "sensitive", "showing", "single_line", "stale", "transient", "vertical",
        "visible", "manages_descendants", "indeterminate", "required", "truncated", "animated", "invalid_entry",
        "supports_autocompletion", "selectable_text", "is_default", "visited", "checkable", "has_popup", "read_only",
    ];

    public static bool Has(ulong states, int bit) => (states & (1UL << bit)) != 0;

    /// <summary>The names of the set bits, lowest bit first (pyatspi's order).</summary>
    public static IEnumerable<string> NamesOf(ulong states)
    {
        for (var bit = 0; bit < Names.Length; bit++)
        {
            if (Has(states, bit))
            {
                yield return Names[bit];
            }
        }
    }

    /// <summary>The two 32-bit words of AT-SPI's <c>au</c> state set as one 64-bit mask.</summary>
    public static ulong FromWords(uint[] words) =>
        (words.Length > 0 ? words[0] : 0UL) | (words.Length > 1 ? (ulong)words[1] << 32 : 0UL);
}

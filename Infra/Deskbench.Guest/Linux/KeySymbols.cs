using System.Text;

namespace Deskbench.Guest.Linux;

/// <summary>X keysym values for characters (X11 keysymdef.h rules: Latin-1 as is, other Unicode as 0x01000000 + code point).</summary>
internal static class KeySymbols
{
    public const nuint NoSymbol = 0;
    public const nuint BackSpace = 0xff08;
    public const nuint Tab = 0xff09;
    public const nuint Return = 0xff0d;
    public const nuint Escape = 0xff1b;
    public const nuint ShiftLeft = 0xffe1;

    /// <summary>The keysym that types <paramref name="rune"/>; control characters map to their keys (newline → Return).</summary>
    public static nuint FromRune(Rune rune)
    {
        var value = rune.Value;
        return value switch
        {
            '\n' or '\r' => Return,
            '\t' => Tab,
            '\b' => BackSpace,
            0x1b => Escape,
            < 0x20 or 0x7f => throw new ArgumentException($"Cannot type the control character U+{value:X4}."),
            < 0x7f or (>= 0xa0 and <= 0xff) => (nuint)value,
            _ => (nuint)(0x01000000 | value),
        };
    }
}

namespace Deskbench.Guest.Linux;

/// <summary>How to produce a keysym: press <see cref="Keycode"/>, with Shift held when <see cref="Shift"/>.</summary>
internal readonly record struct KeyStroke(byte Keycode, bool Shift);

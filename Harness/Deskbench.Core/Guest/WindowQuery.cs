namespace Deskbench.Core.Guest;

/// <summary>
/// wmctrl-style window selection: by title substring (case-insensitive), or the exact title when <see cref="Strict"/>;
/// by WM_CLASS instead of title when <see cref="ByClass"/>.
/// </summary>
public sealed record WindowQuery(string WindowName, bool Strict = false, bool ByClass = false);

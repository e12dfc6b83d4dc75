namespace Deskbench.Guest.Accessibility;

/// <summary>OSWorld's walk flag, set on the way down: Calc tables are walked by showing cells; Thunderbird switches Calc off.</summary>
internal enum WalkMode
{
    None,
    Calc,
    Thunderbird,
}

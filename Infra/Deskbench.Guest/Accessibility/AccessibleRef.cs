namespace Deskbench.Guest.Accessibility;

/// <summary>An AT-SPI object reference: the unique bus name of its application and its object path.</summary>
public readonly record struct AccessibleRef(string Bus, string Path)
{
    /// <summary>AT-SPI's null reference uses this path.</summary>
    public const string NullPath = "/org/a11y/atspi/null";

    public bool IsNull => Path == NullPath || Bus.Length == 0;
}

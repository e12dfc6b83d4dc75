namespace Deskbench.Core.Observations;

/// <summary>Which dialect an accessibility tree is in (OSWorld's <c>platform</c> argument: its namespaces and filter rules).</summary>
public enum AccessibilityPlatform
{
    /// <summary>Linux (AT-SPI), OSWorld's <c>"ubuntu"</c>.</summary>
    Ubuntu,

    /// <summary>Windows (UI Automation through pywinauto), OSWorld's <c>"windows"</c>.</summary>
    Windows,
}

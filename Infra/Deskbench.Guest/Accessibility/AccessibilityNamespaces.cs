namespace Deskbench.Guest.Accessibility;

/// <summary>OSWorld's Ubuntu namespace map, in its declaration order on the root element.</summary>
public static class AccessibilityNamespaces
{
    public const string Base = "https://accessibility.ubuntu.example.org/ns/";

    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("st", Base + "state"),
        new("attr", Base + "attributes"),
        new("cp", Base + "component"),
        new("doc", Base + "document"),
        new("docattr", Base + "document/attributes"),
        new("txt", Base + "text"),
        new("val", Base + "value"),
        new("act", Base + "action"),
    ];
}

namespace Deskbench.Core.Observations;

/// <summary>
/// The XML namespaces of OSWorld's accessibility trees (<c>desktop_env/server/main.py</c> <c>_accessibility_ns_map</c>), by
/// prefix, for each platform.
/// </summary>
public static class AccessibilityNamespaces
{
    private const string Ubuntu = "https://accessibility.ubuntu.example.org/ns/";
    private const string Windows = "https://accessibility.windows.example.org/ns/";
    private const string MacOs = "https://accessibility.macos.example.org/ns/";

    public static IReadOnlyDictionary<string, string> UbuntuMap { get; } = Map(Ubuntu);

    public static IReadOnlyDictionary<string, string> WindowsMap { get; } = new Dictionary<string, string>(Map(Windows), StringComparer.Ordinal)
    {
        ["class"] = Windows + "class",
    };

    public static IReadOnlyDictionary<string, string> MacOsMap { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["st"] = MacOs + "state",
        ["attr"] = MacOs + "attributes",
        ["cp"] = MacOs + "component",
        ["doc"] = MacOs + "document",
        ["txt"] = MacOs + "text",
        ["val"] = MacOs + "value",
        ["act"] = MacOs + "action",
        ["role"] = MacOs + "role",
    };

    /// <summary>The prefix map for OSWorld's <c>osname</c> ("ubuntu", "windows", "macos"); null for another name.</summary>
    public static IReadOnlyDictionary<string, string>? ForOsName(string osName) => osName switch
    {
        "ubuntu" => UbuntuMap,
        "windows" => WindowsMap,
        "macos" => MacOsMap,
        _ => null,
    };

    /// <summary>The state namespace (<c>st:</c>) of <paramref name="platform"/>.</summary>
    public static string State(AccessibilityPlatform platform) => Root(platform) + "state";

    /// <summary>The component namespace (<c>cp:</c>: screencoord, size) of <paramref name="platform"/>.</summary>
    public static string Component(AccessibilityPlatform platform) => Root(platform) + "component";

    /// <summary>The value namespace (<c>val:</c>) of <paramref name="platform"/>.</summary>
    public static string Value(AccessibilityPlatform platform) => Root(platform) + "value";

    /// <summary>The Windows class namespace (<c>class:</c>).</summary>
    public static string WindowsClass => Windows + "class";

    /// <summary>
    /// The attributes namespace the OSWorld linearizer reads <c>class</c> and <c>description</c> from: the Windows one on both
    /// platforms (OSWorld's <c>attributes_ns_ubuntu</c> points at the Windows URI), so those columns are empty on Ubuntu.
    /// </summary>
    public static string LinearizerAttributes => Windows + "attributes";

    private static string Root(AccessibilityPlatform platform) => platform == AccessibilityPlatform.Windows ? Windows : Ubuntu;

    private static Dictionary<string, string> Map(string root) => new(StringComparer.Ordinal)
    {
        ["st"] = root + "state",
        ["attr"] = root + "attributes",
        ["cp"] = root + "component",
        ["doc"] = root + "document",
        ["docattr"] = root + "document/attributes",
        ["txt"] = root + "text",
        ["val"] = root + "value",
        ["act"] = root + "action",
    };
}

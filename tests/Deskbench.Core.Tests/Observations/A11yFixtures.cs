namespace Deskbench.Core.Tests.Observations;

/// <summary>Hand-written trees in OSWorld's XML format (namespaces of <c>desktop_env/server/main.py</c>).</summary>
internal static class A11yFixtures
{
    public const string UbuntuNamespaces =
        "xmlns:st=\"https://accessibility.ubuntu.example.org/ns/state\" " +
        "xmlns:attr=\"https://accessibility.ubuntu.example.org/ns/attributes\" " +
        "xmlns:cp=\"https://accessibility.ubuntu.example.org/ns/component\" " +
        "xmlns:val=\"https://accessibility.ubuntu.example.org/ns/value\"";

    /// <summary>
    /// A mousepad-like window. Kept by the filter: the Save button, the File menu, the text entry (text with a quote), the
    /// label "Ready" (text only) and the canvas-free "Search" entry. Dropped: the frame (tag), the hidden button (not showing),
    /// the disabled button (no enabled/editable/expandable/checkable state), the nameless push button, the off-screen menu item
    /// (negative x), the zero-size label and the image (no name; kept only for set-of-marks).
    /// </summary>
    public const string Mousepad =
        "<desktop-frame " + UbuntuNamespaces + " name=\"main\">" +
        "<application name=\"Mousepad\">" +
        "<frame name=\"Untitled 1 - Mousepad\" st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(0, 0)\" cp:size=\"(800, 600)\">" +
        "<push-button name=\"Save\" st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" attr:class=\"save-btn\" cp:screencoord=\"(10, 40)\" cp:size=\"(60, 24)\"/>" +
        "<push-button name=\"Hidden\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(80, 40)\" cp:size=\"(60, 24)\"/>" +
        "<push-button name=\"Disabled\" st:showing=\"true\" st:visible=\"true\" cp:screencoord=\"(150, 40)\" cp:size=\"(60, 24)\"/>" +
        "<push-button name=\"\" st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(220, 40)\" cp:size=\"(60, 24)\"/>" +
        "<menu name=\"File\" st:showing=\"true\" st:visible=\"true\" st:expandable=\"true\" cp:screencoord=\"(0, 20)\" cp:size=\"(40, 20)\">" +
        "<menu-item name=\"Open\" st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(-5, 45)\" cp:size=\"(90, 20)\"/>" +
        "</menu>" +
        "<entry name=\"\" st:showing=\"true\" st:visible=\"true\" st:editable=\"true\" cp:screencoord=\"(0, 70)\" cp:size=\"(800, 500)\">say \"hi\"</entry>" +
        "<label name=\"\" st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(0, 575)\" cp:size=\"(100, 20)\">Ready</label>" +
        "<label name=\"Empty\" st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(0, 590)\" cp:size=\"(0, 10)\"/>" +
        "<image name=\"\" image=\"true\" st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(700, 5)\" cp:size=\"(16, 16)\"/>" +
        "<entry name=\"Search\" st:showing=\"true\" st:visible=\"true\" st:editable=\"true\" st:focused=\"true\" cp:screencoord=\"(600, 40)\" cp:size=\"(150, 24)\"/>" +
        "</frame></application></desktop-frame>";

    /// <summary>The rows OSWorld's linearizer gives for <see cref="Mousepad"/> (class/description empty on Ubuntu).</summary>
    public static readonly string[] MousepadRows =
    [
        "push-button\tSave\t\"\"\t\t\t(10, 40)\t(60, 24)",
        "menu\tFile\t\"\"\t\t\t(0, 20)\t(40, 20)",
        "entry\t\t\"say \"\"hi\"\"\"\t\t\t(0, 70)\t(800, 500)",
        "label\t\tReady\t\t\t(0, 575)\t(100, 20)",
        "entry\tSearch\t\"\"\t\t\t(600, 40)\t(150, 24)",
    ];
}

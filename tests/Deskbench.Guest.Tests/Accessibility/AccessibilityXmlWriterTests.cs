using Deskbench.Guest.Accessibility;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>The XML writer matches lxml's serialization (what OSWorld's server sends).</summary>
public sealed class AccessibilityXmlWriterTests
{
    private const string Declarations =
        " xmlns:st=\"https://accessibility.ubuntu.example.org/ns/state\"" +
        " xmlns:attr=\"https://accessibility.ubuntu.example.org/ns/attributes\"" +
        " xmlns:cp=\"https://accessibility.ubuntu.example.org/ns/component\"" +
        " xmlns:doc=\"https://accessibility.ubuntu.example.org/ns/document\"" +
        " xmlns:docattr=\"https://accessibility.ubuntu.example.org/ns/document/attributes\"" +
        " xmlns:txt=\"https://accessibility.ubuntu.example.org/ns/text\"" +
        " xmlns:val=\"https://accessibility.ubuntu.example.org/ns/value\"" +
        " xmlns:act=\"https://accessibility.ubuntu.example.org/ns/action\"";

    [Fact]
    public void Empty_desktop_is_a_self_closed_root_with_the_namespaces()
    {
        Assert.Equal("<desktop-frame" + Declarations + "/>", AccessibilityXmlWriter.Write([]));
    }

    [Fact]
    public void Attributes_and_text_are_escaped_as_libxml2_does()
    {
        var application = new AccessibleElement("application");
        application.Set("name", "a&b <c> \"d\"\te\nf\rg");
        application.Set("st:visible", "true");
        application.Text = "x < y & z > w \"q\"\ttab\nline\rret";
        Assert.Equal(
            "<desktop-frame" + Declarations + "><application name=\"a&amp;b &lt;c&gt; &quot;d&quot;&#9;e&#10;f&#13;g\" st:visible=\"true\">" +
            "x &lt; y &amp; z &gt; w \"q\"\ttab\nline&#13;ret</application></desktop-frame>",
            AccessibilityXmlWriter.Write([application]));
    }

    [Fact]
    public void Characters_XML_cannot_carry_and_bad_attribute_names_are_dropped()
    {
        var element = new AccessibleElement("label");
        element.Set("name", "bell\u0007 and \uFFFF and \uD800 lone and \U0001F600 pair");
        element.Set("attr:bad name", "skipped");
        element.Set("attr:good", "kept");
        Assert.Equal(
            "<desktop-frame" + Declarations + "><label name=\"bell and  and  lone and \U0001F600 pair\" attr:good=\"kept\"/></desktop-frame>",
            AccessibilityXmlWriter.Write([element]));
    }

    [Fact]
    public void An_attribute_set_twice_keeps_its_first_place_and_last_value()
    {
        var element = new AccessibleElement("push-button");
        element.Set("name", "OK");
        element.Set("act:click_desc", "first");
        element.Set("act:click_kb", "");
        element.Set("act:click_desc", "second");
        var child = new AccessibleElement("label");
        element.Children.Add(child);
        Assert.Equal(
            "<desktop-frame" + Declarations + "><push-button name=\"OK\" act:click_desc=\"second\" act:click_kb=\"\"><label/></push-button></desktop-frame>",
            AccessibilityXmlWriter.Write([element]));
    }
}

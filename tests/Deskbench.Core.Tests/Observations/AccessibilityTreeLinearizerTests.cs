using Deskbench.Core.Observations;

namespace Deskbench.Core.Tests.Observations;

public sealed class AccessibilityTreeLinearizerTests
{
    [Fact]
    public void Header_is_exactly_osworlds()
    {
        Assert.Equal("tag\tname\ttext\tclass\tdescription\tposition (top-left x&y)\tsize (w&h)", AccessibilityTreeLinearizer.Header);
    }

    [Fact]
    public void Hand_written_tree_linearizes_to_the_expected_rows()
    {
        var table = AccessibilityTreeLinearizer.Linearize(A11yFixtures.Mousepad);

        Assert.Equal([AccessibilityTreeLinearizer.Header, .. A11yFixtures.MousepadRows], table.Split('\n'));
    }

    [Fact]
    public void Filter_keeps_images_only_for_set_of_marks()
    {
        var plain = AccessibilityNodeFilter.Filter(A11yFixtures.Mousepad, AccessibilityPlatform.Ubuntu);
        var withImages = AccessibilityNodeFilter.Filter(A11yFixtures.Mousepad, AccessibilityPlatform.Ubuntu, checkImage: true);

        Assert.DoesNotContain(plain, node => node.Name.LocalName == "image");
        Assert.Single(withImages, node => node.Name.LocalName == "image");
        Assert.Equal(plain.Count + 1, withImages.Count);
    }

    [Fact]
    public void Whitespace_text_counts_as_text_and_text_after_children_does_not()
    {
        const string xml =
            "<desktop-frame " + A11yFixtures.UbuntuNamespaces + ">" +
            "<label st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(1, 2)\" cp:size=\"(3, 4)\"> </label>" +
            "<paragraph st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(5, 6)\" cp:size=\"(7, 8)\"><text name=\"\"/>tail</paragraph>" +
            "</desktop-frame>";

        var table = AccessibilityTreeLinearizer.Linearize(xml);

        Assert.Equal([AccessibilityTreeLinearizer.Header, "label\t\t \t\t\t(1, 2)\t(3, 4)"], table.Split('\n'));
    }

    [Fact]
    public void Windows_trees_use_visible_only_and_read_class_and_edit_values()
    {
        const string ns =
            "xmlns:st=\"https://accessibility.windows.example.org/ns/state\" " +
            "xmlns:cp=\"https://accessibility.windows.example.org/ns/component\" " +
            "xmlns:val=\"https://accessibility.windows.example.org/ns/value\" " +
            "xmlns:class=\"https://accessibility.windows.example.org/ns/class\" " +
            "xmlns:attr=\"https://accessibility.windows.example.org/ns/attributes\"";
        var xml =
            "<desktop " + ns + ">" +
            "<edit name=\"Address\" st:visible=\"true\" st:enabled=\"true\" class:class=\"EditWrapper\" val:value=\"a.txt\" attr:description=\"where\" cp:screencoord=\"(4, 5)\" cp:size=\"(6, 7)\"/>" +
            "<button name=\"OK\" st:visible=\"true\" st:enabled=\"true\" class:class=\"ButtonWrapper\" cp:screencoord=\"(8, 9)\" cp:size=\"(10, 11)\"/>" +
            "</desktop>";

        var table = AccessibilityTreeLinearizer.Linearize(xml, AccessibilityPlatform.Windows);

        // "edit" is not a kept tag; the button is kept with its class, the value fallback applies to kept edit wrappers.
        Assert.Equal([AccessibilityTreeLinearizer.Header, "button\tOK\t\"\"\tButtonWrapper\t\t(8, 9)\t(10, 11)"], table.Split('\n'));
        Assert.Empty(AccessibilityNodeFilter.Filter(xml, AccessibilityPlatform.Ubuntu));
    }

    [Fact]
    public void Set_of_marks_candidates_carry_the_table_text_and_rectangles()
    {
        var candidates = SetOfMarksCandidates.From(A11yFixtures.Mousepad);

        Assert.Equal(6, candidates.Count);
        Assert.Equal(new MarkCandidate("push-button", "Save", "\"\"", 10, 40, 60, 24), candidates[0]);
        Assert.Equal(new MarkCandidate("image", "", "\"\"", 700, 5, 16, 16), candidates[4]);
        Assert.Equal("\"say \"\"hi\"\"\"", candidates[2].Text);
    }

    [Fact]
    public void Malformed_xml_is_a_format_error()
    {
        Assert.ThrowsAny<System.Xml.XmlException>(() => AccessibilityTreeLinearizer.Linearize("<desktop-frame>"));
    }
}

using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Presentations;

public sealed class RegistryAndDeckChecksTests(PresentationFixture decks) : IClassFixture<PresentationFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("deskbench-xcu-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static double Score(string metric, JsonNode? result, JsonNode? expected = null, bool hasExpected = true) =>
        DocumentMetrics.All.Single(m => m.Name == metric)
            .EvaluateAsync(new MetricCall(result, expected, hasExpected, []), TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();

    private string Registry(string items)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".xcu");
        File.WriteAllText(path, $"""<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{items}</oor:items>""");
        return path;
    }

    [Fact]
    public void LibreOffice_registry_checks_read_the_modified_settings()
    {
        var settings = Registry("""
            <item oor:path="/org.openoffice.Office.Impress/Misc/Start"><prop oor:name="EnablePresenterScreen" oor:op="fuse"><value>false</value></prop></item>
            <item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="AutoSaveTimeIntervall" oor:op="fuse"><value>3</value></prop></item>
            <item oor:path="/org.openoffice.Office.Writer/DefaultFont"><prop oor:name="Standard" oor:op="fuse"><value>Times New Roman</value></prop></item>
            """);
        var defaults = Registry("""<item oor:path="/org.openoffice.Office.Impress/Misc/Start"><prop oor:name="EnablePresenterScreen" oor:op="fuse"><value>true</value></prop></item>""");
        Assert.Equal(1.0, Score("check_presenter_console_disable", settings, hasExpected: false));
        Assert.Equal(0.0, Score("check_presenter_console_disable", defaults, hasExpected: false));
        Assert.Equal(1.0, Score("check_auto_saving_time", settings, JsonNode.Parse("""{"minutes": 3}""")));
        Assert.Equal(0.0, Score("check_auto_saving_time", settings, JsonNode.Parse("""{"minutes": 5}""")));
        Assert.Equal(0.0, Score("check_auto_saving_time", defaults, JsonNode.Parse("""{"minutes": 3}""")));
        Assert.Equal(1.0, Score("find_default_font", settings, JsonNode.Parse("""{"font_name": "Times New Roman"}""")));
        Assert.Equal(0.0, Score("find_default_font", defaults, JsonNode.Parse("""{"font_name": "Times New Roman"}""")));
    }

    [Fact]
    public void Check_left_panel_looks_for_the_slides_view()
    {
        Assert.Equal(1.0, Score("check_left_panel", """<desktop-frame><application name="soffice"><document-frame name="Slides View"/></application></desktop-frame>""", hasExpected: false));
        Assert.Equal(0.0, Score("check_left_panel", """<desktop-frame><application name="soffice"><document-frame name="Outline"/></application></desktop-frame>""", hasExpected: false));
    }

    [Fact]
    public void Slide_orientation_and_strike_attribute_checks()
    {
        LibreOffice.Require();
        var portrait = Path.Combine(folder, "portrait.pptx");
        File.Copy(decks.PathOf("base.pptx"), portrait);
        PackageEdit.Rewrite(portrait, "ppt/presentation.xml", xml =>
        {
            var start = xml.IndexOf("<p:sldSz ", StringComparison.Ordinal);
            var end = xml.IndexOf("/>", start, StringComparison.Ordinal);
            return xml[..start] + "<p:sldSz cx=\"6858000\" cy=\"9144000\"" + xml[end..];
        });
        Assert.Equal(0.0, Score("check_slide_orientation_Portrait", decks.PathOf("base.pptx"), hasExpected: false));
        Assert.Equal(1.0, Score("check_slide_orientation_Portrait", portrait, hasExpected: false));

        // Quirk kept: any strike attribute counts, and LibreOffice writes strike="noStrike" on every run.
        var rules = JsonNode.Parse("""{"slide_index_s": [0], "shape_index_s": [0], "paragraph_index_s": [0]}""");
        Assert.Equal(1.0, Score("check_strikethrough", decks.PathOf("base.pptx"), rules));
        Assert.Equal(0.0, Score("check_strikethrough", decks.PathOf("base.pptx"), JsonNode.Parse("""{"slide_index_s": [9], "shape_index_s": [0], "paragraph_index_s": [0]}""")));
    }

    [Fact]
    public void Image_stretch_and_center_finds_the_same_picture_filling_the_slide()
    {
        LibreOffice.Require();
        Assert.Equal(1.0, Score("check_image_stretch_and_center", decks.PathOf("picture_stretched.pptx"), decks.PathOf("picture_small.pptx")));
        Assert.Equal(0.0, Score("check_image_stretch_and_center", decks.PathOf("picture_small.pptx"), decks.PathOf("picture_small.pptx")));
        Assert.Equal(0.0, Score("check_image_stretch_and_center", decks.PathOf("picture_stretched.pptx"), decks.PathOf("base.pptx")));
    }
}

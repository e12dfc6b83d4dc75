using Deskbench.Core.Observations;
using Deskbench.Harness.Observations;
using SkiaSharp;

namespace Deskbench.Harness.Tests.Observations;

public sealed class SetOfMarksRendererTests
{
    private static readonly MarkCandidate Save = new("push-button", "Save", "\"\"", 20, 30, 80, 40);
    private static readonly MarkCandidate Blank = new("label", "Nothing here", "\"\"", 300, 300, 60, 30);
    private static readonly MarkCandidate Search = new("entry", "Search", "abc", 200, 100, 120, 50);

    [Fact]
    public void Boxes_are_drawn_around_non_uniform_areas_and_numbered_in_order()
    {
        var screen = ScreenFixtures.WhiteScreenWithWidgets(640, 480, new SKRectI(20, 30, 100, 70), new SKRectI(200, 100, 320, 150));

        var tagged = SetOfMarksRenderer.Draw(screen, [Save, Blank, Search]);

        Assert.Equal([new ScreenMark(1, 20, 30, 80, 40), new ScreenMark(2, 200, 100, 120, 50)], tagged.Marks.Marks);
        Assert.Equal("index\ttag\tname\ttext\n1\tpush-button\tSave\t\"\"\n2\tentry\tSearch\tabc", tagged.Marks.Table);
        using var before = ScreenFixtures.Decode(screen);
        using var after = ScreenFixtures.Decode(tagged.Png);
        foreach (var box in new[] { Save, Search })
        {
            // The outline runs from (x, y) to (x + w, y + h), both ends included, in red.
            Assert.Equal(SKColors.Red, after.GetPixel(box.X + (box.Width / 2), box.Y));
            Assert.Equal(SKColors.Red, after.GetPixel(box.X + box.Width, box.Y + (box.Height / 3)));
            Assert.Equal(SKColors.Red, after.GetPixel(box.X, box.Y + 2));
            Assert.Equal(SKColors.White, before.GetPixel(box.X + (box.Width / 2), box.Y));

            // The number sits on a black label at the bottom-left corner, above the bottom edge.
            Assert.Contains(Pixels(after, box.X + 1, box.Y + box.Height - 12, 8, 10), pixel => pixel == SKColors.Black);
            Assert.Contains(Pixels(after, box.X + 1, box.Y + box.Height - 12, 8, 10), pixel => pixel.Red > 200 && pixel.Green > 200);
        }

        Assert.All(Pixels(after, Blank.X, Blank.Y, Blank.Width + 1, Blank.Height + 1), pixel => Assert.Equal(SKColors.White, pixel));
    }

    [Fact]
    public void A_box_partly_off_screen_is_not_uniform_because_outside_counts_as_black()
    {
        var screen = ScreenFixtures.WhiteScreenWithWidgets(200, 100);

        var tagged = SetOfMarksRenderer.Draw(screen, [new MarkCandidate("image", "", "\"\"", 150, 50, 100, 30)]);

        Assert.Single(tagged.Marks.Marks);
    }

    [Fact]
    public void Candidates_from_a_tree_get_boxes_and_tag_centres()
    {
        const string ns = "xmlns:st=\"https://accessibility.ubuntu.example.org/ns/state\" xmlns:cp=\"https://accessibility.ubuntu.example.org/ns/component\"";
        var xml = "<desktop-frame " + ns + "><application name=\"App\">" +
            "<push-button name=\"Save\" st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(20, 30)\" cp:size=\"(80, 40)\"/>" +
            "<label name=\"Nothing here\" st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(300, 300)\" cp:size=\"(60, 30)\"/>" +
            "</application></desktop-frame>";
        var screen = ScreenFixtures.WhiteScreenWithWidgets(640, 480, new SKRectI(20, 30, 100, 70));

        var tagged = SetOfMarksRenderer.Draw(screen, SetOfMarksCandidates.From(xml));

        var mark = Assert.Single(tagged.Marks.Marks);
        Assert.Equal((60, 50), mark.Center);
        Assert.Equal("tag_1=(60, 50)\n", tagged.Marks.TagVariablesPrefix());
    }

    private static List<SKColor> Pixels(SKBitmap bitmap, int x, int y, int width, int height)
    {
        var pixels = new List<SKColor>();
        for (var row = y; row < y + height; row++)
        {
            for (var column = x; column < x + width; column++)
            {
                pixels.Add(bitmap.GetPixel(column, row));
            }
        }

        return pixels;
    }
}

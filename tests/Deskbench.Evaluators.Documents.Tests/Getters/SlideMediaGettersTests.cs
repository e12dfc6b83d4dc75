using System.Text;
using Deskbench.Evaluators.Documents.Getters;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Getters;

public sealed class SlideMediaGettersTests : IDisposable
{
    private const string DeckGuestPath = "/home/user/Desktop/Deck.pptx";

    private static readonly byte[] Wave = Encoding.ASCII.GetBytes("RIFF\0\0\0\0WAVEfmt fake audio payload");
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 1, 2, 3, 4];

    private readonly GetterBed bed = new();

    private static string Spec(string type, object slideIndex, string dest) =>
        $$"""{"type": "{{type}}", "ppt_file_path": "{{DeckGuestPath}}", "slide_index": {{slideIndex}}, "dest": "{{dest}}"}""";

    [Fact]
    public async Task Audio_in_slide_extracts_embedded_audio_next_to_the_deck_copy()
    {
        new SlideDeckZip()
            .Slide(1)
            .Relationships(1,
                ("rId1", SlideDeckZip.LayoutType, "../slideLayouts/slideLayout1.xml", false),
                ("rId2", SlideDeckZip.MediaType, "../media/media1.wav", false),
                ("rId3", SlideDeckZip.AudioType, "../media/media1.wav", false))
            .Binary("ppt/media/media1.wav", Wave)
            .Save(bed.GuestFile(DeckGuestPath));

        var result = await bed.GetAsync(new AudioInSlideGetter(), Spec("audio_in_slide", 0, "planet.wav"));

        var expected = Path.Combine(bed.CacheDirectory, "ppt", "media", "media1.wav");
        Assert.Equal(expected, result!.GetValue<string>());
        Assert.Equal(Wave, File.ReadAllBytes(expected));
        Assert.True(File.Exists(Path.Combine(bed.CacheDirectory, "Deck.pptx")));
    }

    [Fact]
    public async Task Audio_in_slide_copies_linked_audio_from_the_guest_to_dest()
    {
        File.WriteAllBytes(bed.GuestFile("/home/user/Desktop/Baseball.mp3"), Wave);
        new SlideDeckZip()
            .Slide(1)
            .Relationships(1, ("rId2", SlideDeckZip.AudioType, "file:///home/user/Desktop/Baseball.mp3", true))
            .Save(bed.GuestFile(DeckGuestPath));

        var result = await bed.GetAsync(new AudioInSlideGetter(), Spec("audio_in_slide", 0, "Baseball.mp3"));

        var expected = Path.Combine(bed.CacheDirectory, "Baseball.mp3");
        Assert.Equal(expected, result!.GetValue<string>());
        Assert.Equal(Wave, File.ReadAllBytes(expected));
        Assert.Contains("/home/user/Desktop/Baseball.mp3", bed.Guest.Downloads);
    }

    [Fact]
    public async Task Audio_in_slide_is_None_when_the_addressed_slide_has_no_audio()
    {
        new SlideDeckZip()
            .Slide(1)
            .Relationships(1, ("rId3", SlideDeckZip.AudioType, "../media/media1.wav", false))
            .Binary("ppt/media/media1.wav", Wave)
            .Slide(2)
            .Relationships(2, ("rId1", SlideDeckZip.LayoutType, "../slideLayouts/slideLayout1.xml", false))
            .Save(bed.GuestFile(DeckGuestPath));

        Assert.Null(await bed.GetAsync(new AudioInSlideGetter(), Spec("audio_in_slide", 1, "planet.wav")));
        Assert.False(Directory.Exists(Path.Combine(bed.CacheDirectory, "ppt")));
    }

    [Fact]
    public async Task Audio_in_slide_reports_a_missing_deck_as_a_missing_result_file()
    {
        var error = await Assert.ThrowsAsync<GetterFileNotFoundException>(
            () => bed.GetAsync(new AudioInSlideGetter(), Spec("audio_in_slide", 0, "planet.wav")));
        Assert.Equal(DeckGuestPath, error.Path);
    }

    [Fact]
    public async Task Background_image_in_slide_extracts_the_picture_filling_the_background_of_the_addressed_slide()
    {
        new SlideDeckZip()
            .Slide(1)
            .Slide(2, shapesXml: SlideDeckZip.PictureShape("rId2"), backgroundXml: SlideDeckZip.PictureBackground("rId3"))
            .Relationships(2,
                ("rId2", SlideDeckZip.ImageType, "../media/image1.png", false),
                ("rId3", SlideDeckZip.ImageType, "../media/image2.png", false))
            .Binary("ppt/media/image1.png", [1, 2, 3])
            .Binary("ppt/media/image2.png", Png)
            .Save(bed.GuestFile(DeckGuestPath));

        // slide_index as a string, as int() accepts it.
        var result = await bed.GetAsync(new BackgroundImageInSlideGetter(), Spec("background_image_in_slide", "\"1\"", "landscape.png"));

        var expected = Path.Combine(bed.CacheDirectory, "ppt", "media", "image2.png");
        Assert.Equal(expected, result!.GetValue<string>());
        Assert.Equal(Png, File.ReadAllBytes(expected));
    }

    [Fact]
    public async Task Background_image_in_slide_copies_a_linked_background_from_the_guest_to_dest()
    {
        File.WriteAllBytes(bed.GuestFile("/home/user/Pictures/landscape.png"), Png);
        new SlideDeckZip()
            .Slide(1, backgroundXml: SlideDeckZip.PictureBackground("rId5"))
            .Relationships(1, ("rId5", SlideDeckZip.ImageType, "file:///home/user/Pictures/landscape.png", true))
            .Save(bed.GuestFile(DeckGuestPath));

        var result = await bed.GetAsync(new BackgroundImageInSlideGetter(), Spec("background_image_in_slide", 0, "landscape.png"));

        Assert.Equal(Path.Combine(bed.CacheDirectory, "landscape.png"), result!.GetValue<string>());
        Assert.Equal(Png, File.ReadAllBytes(result.GetValue<string>()));
    }

    [Fact]
    public async Task Background_image_in_slide_is_None_for_a_picture_that_is_not_the_background()
    {
        new SlideDeckZip()
            .Slide(1, shapesXml: SlideDeckZip.PictureShape("rId2"), backgroundXml: "<p:bgPr><a:solidFill><a:srgbClr val=\"FF0000\"/></a:solidFill></p:bgPr>")
            .Relationships(1, ("rId2", SlideDeckZip.ImageType, "../media/image1.png", false))
            .Binary("ppt/media/image1.png", Png)
            .Save(bed.GuestFile(DeckGuestPath));

        Assert.Null(await bed.GetAsync(new BackgroundImageInSlideGetter(), Spec("background_image_in_slide", 0, "landscape.png")));
        // A slide that does not exist is None too.
        Assert.Null(await bed.GetAsync(new BackgroundImageInSlideGetter(), Spec("background_image_in_slide", 4, "landscape.png")));
    }

    [Fact]
    public void The_getters_are_exported_under_their_OSWorld_names_and_fit_the_default_registry()
    {
        Assert.Equal(["audio_in_slide", "background_image_in_slide", "content_from_vm_file"], DocumentGetters.All.Select(g => g.Name));
        var registry = GetterRegistry.CreateDefault().AddRange(DocumentGetters.All);
        Assert.Contains("audio_in_slide", registry.Names);
        Assert.Contains("background_image_in_slide", registry.Names);
    }

    public void Dispose() => bed.Dispose();
}

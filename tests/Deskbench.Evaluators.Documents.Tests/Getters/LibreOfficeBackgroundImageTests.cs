using Deskbench.Evaluators.Documents.Getters;
using Deskbench.Evaluators.Documents.Tests.Support;
using SkiaSharp;

namespace Deskbench.Evaluators.Documents.Tests.Getters;

/// <summary><c>background_image_in_slide</c> on a deck LibreOffice Impress saved as .pptx.</summary>
public sealed class LibreOfficeBackgroundImageTests : IDisposable
{
    private readonly GetterBed bed = new();
    private readonly string work = Directory.CreateTempSubdirectory("deskbench-bgdeck-").FullName;

    [Fact]
    public async Task The_background_of_slide_2_is_the_picture_LibreOffice_wrote_and_slide_1_has_none()
    {
        LibreOffice.Require();
        var source = Path.Combine(work, "Robotic.fodp");
        await File.WriteAllTextAsync(source, BackgroundDeck.Document(BackgroundDeck.Png(SKColors.OrangeRed)), TestContext.Current.CancellationToken);
        await LibreOffice.ConvertAsync([source], "pptx", Path.Combine(work, "out"), Path.Combine(work, "profile"), TestContext.Current.CancellationToken);
        File.Copy(Path.Combine(work, "out", "Robotic.pptx"), bed.GuestFile("/home/user/Desktop/Robotic.pptx"));

        const string spec = """{"type": "background_image_in_slide", "ppt_file_path": "/home/user/Desktop/Robotic.pptx", "slide_index": SLIDE, "dest": "landscape.png"}""";
        var second = await bed.GetAsync(new BackgroundImageInSlideGetter(), spec.Replace("SLIDE", "1", StringComparison.Ordinal));
        var first = await bed.GetAsync(new BackgroundImageInSlideGetter(), spec.Replace("SLIDE", "0", StringComparison.Ordinal));

        Assert.Null(first);
        var path = second!.GetValue<string>();
        Assert.StartsWith(Path.Combine(bed.CacheDirectory, "ppt", "media"), path, StringComparison.Ordinal);
        using var image = SKBitmap.Decode(path);
        Assert.Equal(SKColors.OrangeRed, image.GetPixel(3, 3));
    }

    public void Dispose()
    {
        bed.Dispose();
        Directory.Delete(work, recursive: true);
    }
}

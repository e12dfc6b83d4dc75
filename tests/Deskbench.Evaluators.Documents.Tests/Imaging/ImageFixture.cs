using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Imaging;

/// <summary>Images drawn once per test class by ImageMagick: a picture, a copy, a 10% darker copy, a mirrored one, a resized one.</summary>
public sealed class ImageFixture() : ImageMagickFixture("deskbench-img-")
{
    public override async ValueTask InitializeAsync()
    {
        if (DesktopTier.MissingCommands("convert").Count > 0)
        {
            Unavailable = "image fixtures skipped: ImageMagick (convert) is not installed";
            return;
        }

        Directory.CreateDirectory(Folder);
        await Convert("-size", "96x64", "gradient:#4080c0-#f0d060", "-fill", "#202020", "-draw", "circle 30,32 30,12", "-fill", "#e04040", "-draw", "rectangle 60,10 88,50", PathOf("picture.png"));
        File.Copy(PathOf("picture.png"), PathOf("copy.png"));
        await Convert(PathOf("picture.png"), "-modulate", "90,100,100", PathOf("darker.png"));
        await Convert(PathOf("picture.png"), "-modulate", "110,100,100", PathOf("brighter.png"));
        await Convert(PathOf("picture.png"), "-flop", PathOf("mirrored.png"));
        await Convert(PathOf("picture.png"), "-resize", "48x32!", PathOf("small.png"));
        await Convert(PathOf("picture.png"), "-quality", "95", PathOf("picture.jpg"));
        await Convert(PathOf("picture.png"), "-colors", "64", "PNG8:" + PathOf("palette.png"));
        await Convert(PathOf("picture.png"), "-modulate", "100,140,100", PathOf("saturated.png"));
        await File.WriteAllBytesAsync(PathOf("truncated.png"), (await File.ReadAllBytesAsync(PathOf("picture.png")))[..40]);
        await File.WriteAllTextAsync(PathOf("notes.png"), "not an image");
    }
}

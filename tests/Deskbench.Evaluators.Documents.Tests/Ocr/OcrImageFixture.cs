using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Ocr;

/// <summary>
/// Text images rendered once per test class by ImageMagick (DejaVu fonts): a sentence on two lines, a terminal-like
/// listing, unrelated text, the listing as an X11 window dump named .png and as TIFF, and files that are no image.
/// </summary>
public sealed class OcrImageFixture() : ImageMagickFixture("deskbench-ocr-")
{
    public override async ValueTask InitializeAsync()
    {
        var missing = DesktopTier.MissingCommands("convert", "tesseract");
        if (missing.Count > 0)
        {
            Unavailable = $"OCR tests skipped: {string.Join(", ", missing)} not installed (apt-get install imagemagick tesseract-ocr tesseract-ocr-eng)";
            return;
        }

        Directory.CreateDirectory(Folder);
        await Render("white", "black", "DejaVu-Sans", "28", "The quick brown fox\njumps over the lazy dog", "sentence.png");
        await Render("black", "white", "DejaVu-Sans-Mono", "20", "user@deskbench:~$ ls\nDesktop  Documents  Downloads  Music", "terminal.png");
        await Render("white", "black", "DejaVu-Sans", "28", "Nothing to see here", "other.png");
        await Convert(PathOf("terminal.png"), "xwd:" + PathOf("terminal-dump.png"));
        await Convert(PathOf("terminal.png"), "-compress", "none", PathOf("terminal.tif"));
        await File.WriteAllBytesAsync(PathOf("truncated.png"), (await File.ReadAllBytesAsync(PathOf("sentence.png")))[..60]);
        await File.WriteAllBytesAsync(PathOf("truncated-dump.png"), (await File.ReadAllBytesAsync(PathOf("terminal-dump.png")))[..400]);

        // Tesseract reads a non-image input as a list of image paths: this file must be refused, not OCR'd as sentence.png.
        await File.WriteAllTextAsync(PathOf("path-list.png"), PathOf("sentence.png") + "\n");
    }

    private Task Render(string background, string fill, string font, string size, string text, string name) =>
        Convert("-background", background, "-fill", fill, "-font", font, "-pointsize", size, "-bordercolor", background, "label:" + text,
            "-border", "20", PathOf(name));
}

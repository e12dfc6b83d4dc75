namespace Deskbench.Evaluators.Documents.Tests.Ocr;

/// <summary>
/// Text images rendered once per test class by ImageMagick (DejaVu fonts): a sentence on two lines, a terminal-like
/// listing, unrelated text, the listing as an X11 window dump named .png and as TIFF, and files that are no image.
/// </summary>
public sealed class OcrImageFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "deskbench-ocr-" + Guid.NewGuid().ToString("N"));

    public string? Unavailable { get; private set; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public async ValueTask InitializeAsync()
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
        await Run(PathOf("terminal.png"), "xwd:" + PathOf("terminal-dump.png"));
        await Run(PathOf("terminal.png"), "-compress", "none", PathOf("terminal.tif"));
        await File.WriteAllBytesAsync(PathOf("truncated.png"), (await File.ReadAllBytesAsync(PathOf("sentence.png")))[..60]);
        await File.WriteAllBytesAsync(PathOf("truncated-dump.png"), (await File.ReadAllBytesAsync(PathOf("terminal-dump.png")))[..400]);

        // Tesseract reads a non-image input as a list of image paths: this file must be refused, not OCR'd as sentence.png.
        await File.WriteAllTextAsync(PathOf("path-list.png"), PathOf("sentence.png") + "\n");
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    public void Require()
    {
        if (Unavailable is { } reason)
        {
            Console.Error.WriteLine(reason);
            Assert.Skip(reason);
        }
    }

    private Task Render(string background, string fill, string font, string size, string text, string name) =>
        Run("-background", background, "-fill", fill, "-font", font, "-pointsize", size, "-bordercolor", background, "label:" + text,
            "-border", "20", PathOf(name));

    private static async Task Run(params string[] arguments)
    {
        var result = await Tool.RunAsync("convert", arguments);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"convert failed: {result.StandardError}");
        }
    }
}

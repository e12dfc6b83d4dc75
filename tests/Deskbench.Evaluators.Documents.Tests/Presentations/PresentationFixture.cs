using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Presentations;

/// <summary>Decks made once per test class by the real LibreOffice from flat ODF sources, each differing from "base" in one thing.</summary>
public sealed class PresentationFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "deskbench-pptx-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string name) => Path.Combine(Folder, "out", name);

    public async ValueTask InitializeAsync()
    {
        if (LibreOffice.Unavailable is not null)
        {
            return;
        }

        var decks = new Dictionary<string, Fodp.Deck>
        {
            ["base"] = new(),
            ["base_again"] = new(),
            ["font"] = new(BoldFont: "Liberation Serif"),
            ["notbold"] = new(Bold: false),
            ["text"] = new(BoldWord: "Figures"),
            ["notransition"] = new(Transition: string.Empty),
            ["moved"] = new(BodyTop: 8),
            ["nudged"] = new(BodyTop: 5.01),
            ["notes"] = new(Notes: "Say goodbye"),
            ["longer"] = new(ExtraSlides: 2),
        };
        var sources = Path.Combine(Folder, "src");
        Directory.CreateDirectory(sources);
        foreach (var (name, deck) in decks)
        {
            await File.WriteAllTextAsync(Path.Combine(sources, name + ".fodp"), Fodp.Document(deck));
        }

        var png = Picture();
        await File.WriteAllTextAsync(Path.Combine(sources, "picture_small.fodp"), Fodp.WithPicture(png, 5, 5, 6, 4));
        await File.WriteAllTextAsync(Path.Combine(sources, "picture_stretched.fodp"), Fodp.WithPicture(png, 0, 0, 28, 15.75));
        await LibreOffice.ConvertAsync([.. decks.Keys.Append("picture_small").Append("picture_stretched").Select(n => Path.Combine(sources, n + ".fodp"))], "pptx", Path.Combine(Folder, "out"), Path.Combine(Folder, "profile"), CancellationToken.None);
        foreach (var name in decks.Keys)
        {
            // LibreOffice writes a notes frame from flat ODF as a plain text box; make it the notes body placeholder
            // PowerPoint writes (python-pptx reads notes from that placeholder).
            PackageEdit.Rewrite(PathOf(name + ".pptx"), "ppt/notesSlides/notesSlide", xml => xml.Replace(
                "<p:cNvSpPr txBox=\"1\"/><p:nvPr/>", "<p:cNvSpPr txBox=\"1\"/><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr>", StringComparison.Ordinal));
        }

        await File.WriteAllBytesAsync(PathOf("truncated.pptx"), (await File.ReadAllBytesAsync(PathOf("base.pptx")))[..900]);
    }

    private static byte[] Picture()
    {
        using var bitmap = new SkiaSharp.SKBitmap(60, 40);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        {
            canvas.Clear(SkiaSharp.SKColors.Teal);
            using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Orange };
            canvas.DrawCircle(20, 20, 12, paint);
        }

        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
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
}

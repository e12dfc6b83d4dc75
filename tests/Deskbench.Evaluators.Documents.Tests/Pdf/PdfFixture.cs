using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Pdf;

/// <summary>PDFs made once per test class by the real LibreOffice from flat ODF text documents.</summary>
public sealed class PdfFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "deskbench-pdf-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string name) => Path.Combine(Folder, "out", name);

    public async ValueTask InitializeAsync()
    {
        if (LibreOffice.Unavailable is not null)
        {
            return;
        }

        var body = "The quarterly report shows revenue growing in every region while costs stayed flat across the year.";
        var documents = new Dictionary<string, string>
        {
            ["base"] = Fodt.Document([("Quarterly report", 100), (body, 100)], []),
            ["base_again"] = Fodt.Document([("Quarterly report", 100), (body, 100)], []),
            ["word"] = Fodt.Document([("Quarterly report", 100), (body.Replace("flat", "high", StringComparison.Ordinal), 100)], []),
            ["image_a"] = Fodt.WithImage(Picture(mirrored: false)),
            ["image_a_again"] = Fodt.WithImage(Picture(mirrored: false)),
            ["image_b"] = Fodt.WithImage(Picture(mirrored: true)),
            ["other"] = Fodt.Document([("Shopping list", 100), ("Milk, eggs, bread and two kinds of cheese.", 100)], []),
        };
        var sources = Path.Combine(Folder, "src");
        Directory.CreateDirectory(sources);
        foreach (var (name, text) in documents)
        {
            await File.WriteAllTextAsync(Path.Combine(sources, name + ".fodt"), text);
        }

        await LibreOffice.ConvertAsync([.. documents.Keys.Select(n => Path.Combine(sources, n + ".fodt"))], "pdf", Path.Combine(Folder, "out"), Path.Combine(Folder, "profile"), CancellationToken.None);
        await File.WriteAllBytesAsync(PathOf("truncated.pdf"), (await File.ReadAllBytesAsync(PathOf("base.pdf")))[..300]);
    }

    /// <summary>A 120×80 PNG: a gradient with a dark disc on the left (or, mirrored, on the right) and a red bar.</summary>
    private static byte[] Picture(bool mirrored)
    {
        using var bitmap = new SkiaSharp.SKBitmap(120, 80);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        {
            if (mirrored)
            {
                canvas.Scale(-1, 1, 60, 40);
            }

            using var gradient = new SkiaSharp.SKPaint { Shader = SkiaSharp.SKShader.CreateLinearGradient(new(0, 0), new(120, 80), [SkiaSharp.SKColors.SteelBlue, SkiaSharp.SKColors.Khaki], SkiaSharp.SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, 120, 80, gradient);
            using var dark = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Black, IsAntialias = false };
            canvas.DrawCircle(30, 40, 22, dark);
            using var red = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Firebrick };
            canvas.DrawRect(80, 10, 25, 30, red);
        }

        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Packs fixture PDFs under new names into a .zip or .tar.gz (named by <paramref name="name"/>'s extension).</summary>
    public string Archive(string name, params (string Entry, string Source)[] files)
    {
        var folder = Path.Combine(Folder, "archives", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        if (name.EndsWith(".zip", StringComparison.Ordinal))
        {
            using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create);
            foreach (var (entry, source) in files)
            {
                System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(zip, PathOf(source), entry);
            }
        }
        else
        {
            using var file = File.Create(path);
            using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest);
            using var tar = new System.Formats.Tar.TarWriter(gzip);
            foreach (var (entry, source) in files)
            {
                tar.WriteEntry(PathOf(source), entry);
            }
        }

        return path;
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

using System.Text.Json;
using SkiaSharp;

namespace Deskbench.Evaluators.OmniAct.Tests;

/// <summary>Writes a small dataset in the OmniACT layout (split file, task files, PNG screenshots, box files, side files).</summary>
internal sealed class OmniActDatasetBuilder : IDisposable
{
    private readonly List<KeyValuePair<string, Dictionary<string, string>>> _entries = [];

    public OmniActDatasetBuilder()
    {
        Root = Path.Combine(Path.GetTempPath(), "omniact-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A desktop screen: screen_N.png and boxes screen_N.json, as the split names them.</summary>
    public void AddDesktopScreen(string app, int screen, IReadOnlyDictionary<string, (int L, int T, int R, int B)> boxes)
    {
        WritePng($"data/data/desktop/{app}/screen_{screen}.png", 320, 200);
        WriteJson($"data/metadata/desktop/boxes/{app}/screen_{screen}.json", BoxJson(boxes));
    }

    /// <summary>A web screen: on disk screenN.png and screenN_boxes.json although the split says screen_N.*.</summary>
    public void AddWebScreen(string app, int screen, IReadOnlyDictionary<string, (int L, int T, int R, int B)> boxes)
    {
        WritePng($"data/data/web/{app}/screen{screen}.png", 320, 200);
        WriteJson($"data/metadata/web/boxes/{app}/screen{screen}_boxes.json", BoxJson(boxes));
    }

    public void AddOcr(string platform, string app, int screen, object content) =>
        WriteJson($"ocr/{platform}/{app}/screen_{screen}.json", content);

    /// <summary>Adds a split entry and writes its task file.</summary>
    public void AddTask(string platform, string app, int screen, int k, string instruction, params string[] script) =>
        AddTaskText(platform, app, screen, k, $"Task: {instruction}\nOutput Script:\n{string.Join("\n", script)}\n");

    public void AddTaskText(string platform, string app, int screen, int k, string text)
    {
        var task = $"data/tasks/{platform}/{app}/task_{screen}.{k}.txt";
        WriteText(task, text);
        _entries.Add(new(_entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string>
        {
            ["task"] = task,
            ["image"] = $"data/data/{platform}/{app}/screen_{screen}.png",
            ["ocr"] = $"ocr/{platform}/{app}/screen_{screen}.json",
            ["color"] = $"detact_color/{platform}/{app}/screen_{screen}.json",
            ["icon"] = $"detact_icon/{platform}/{app}/screen_{screen}.json",
            ["box"] = $"data/metadata/{platform}/boxes/{app}/screen_{screen}.json",
        }));
    }

    public void WriteSplit(string split) => WriteJson(split + ".json", _entries.ToDictionary(e => e.Key, e => e.Value));

    public void Delete(string relative) => File.Delete(Path.Combine(Root, relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static Dictionary<string, object> BoxJson(IReadOnlyDictionary<string, (int L, int T, int R, int B)> boxes) =>
        boxes.ToDictionary(b => b.Key, b => (object)new { top_left = new[] { b.Value.L, b.Value.T }, bottom_right = new[] { b.Value.R, b.Value.B } });

    private void WritePng(string relative, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawRect(100, 100, 100, 40, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var path = Prepare(relative);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    private void WriteJson(string relative, object content) => WriteText(relative, JsonSerializer.Serialize(content));

    private void WriteText(string relative, string text) => File.WriteAllText(Prepare(relative), text);

    private string Prepare(string relative)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}

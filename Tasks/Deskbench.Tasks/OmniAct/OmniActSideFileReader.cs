using System.Text.Json;

namespace Deskbench.Tasks.OmniAct;

/// <summary>Reads the optional OCR and DetACT side files of an item (model input, allowed on every split).</summary>
public static class OmniActSideFileReader
{
    public static async Task<OmniActSideFiles> ReadAsync(OmniActTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var ocr = await ReadAsync(task.OcrPath, task.Index, isOcr: true, cancellationToken).ConfigureAwait(false);
        var color = await ReadAsync(task.ColorPath, task.Index, isOcr: false, cancellationToken).ConfigureAwait(false);
        var icon = await ReadAsync(task.IconPath, task.Index, isOcr: false, cancellationToken).ConfigureAwait(false);
        return new OmniActSideFiles(ocr, color, icon);
    }

    private static async Task<IReadOnlyList<OmniActUiElement>> ReadAsync(string? path, string index, bool isOcr, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return [];
        }

        var json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = isOcr && document.RootElement.TryGetProperty("ocr", out var words) ? words : document.RootElement;
            var elements = new List<OmniActUiElement>();
            foreach (var entry in root.EnumerateObject())
            {
                AddPoints(entry.Name, entry.Value, elements);
            }

            return elements;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new OmniActDatasetException($"item {index}: side file '{path}' is not a name → [x, y] object: {ex.Message}", ex);
        }
    }

    /// <summary>Accepts [cx, cy] (OCR) and [[cx, cy], …] (DetACT colour and icon files).</summary>
    private static void AddPoints(string name, JsonElement value, List<OmniActUiElement> elements)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            return;
        }

        if (value[0].ValueKind == JsonValueKind.Number)
        {
            elements.Add(new OmniActUiElement(name, value[0].GetDouble(), value[1].GetDouble()));
            return;
        }

        foreach (var point in value.EnumerateArray())
        {
            elements.Add(new OmniActUiElement(name, point[0].GetDouble(), point[1].GetDouble()));
        }
    }
}

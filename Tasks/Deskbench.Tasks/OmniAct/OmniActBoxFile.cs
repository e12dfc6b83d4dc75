using System.Text.Json;

namespace Deskbench.Tasks.OmniAct;

/// <summary>Reads a box file: a JSON object keyed by element name, each with top_left and bottom_right.</summary>
internal static class OmniActBoxFile
{
    public static IReadOnlyList<OmniActElementBox> Parse(string json, string index, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var boxes = new List<OmniActElementBox>();
            foreach (var element in document.RootElement.EnumerateObject())
            {
                var value = element.Value;
                var topLeft = value.GetProperty("top_left");
                var bottomRight = value.GetProperty("bottom_right");
                var label = value.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
                var valid = !value.TryGetProperty("valid", out var v) || v.ValueKind != JsonValueKind.False;
                boxes.Add(new OmniActElementBox(
                    element.Name, topLeft[0].GetDouble(), topLeft[1].GetDouble(), bottomRight[0].GetDouble(), bottomRight[1].GetDouble(), label, valid));
            }

            return boxes;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            throw new OmniActDatasetException(
                $"item {index}: box file '{path}' is not an object of {{\"top_left\": [x, y], \"bottom_right\": [x, y]}} entries: {ex.Message}", ex);
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Guest.Http;

/// <summary>Reads a JSON number whatever backs the node (parsed text or a CLR value).</summary>
internal static class JsonNumbers
{
    public static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        return node is JsonValue number && number.GetValueKind() == JsonValueKind.Number
            && double.TryParse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}

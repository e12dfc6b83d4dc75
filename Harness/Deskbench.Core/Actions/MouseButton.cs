using System.Text.Json.Serialization;

namespace Deskbench.Core.Actions;

[JsonConverter(typeof(JsonStringEnumConverter<MouseButton>))]
public enum MouseButton
{
    Left,
    Middle,
    Right,
}

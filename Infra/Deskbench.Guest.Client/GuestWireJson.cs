using System.Text.Json;

namespace Deskbench.Guest.Client;

/// <summary>JSON settings of the guest's native endpoints: camelCase, case-insensitive reading (<see cref="JsonSerializerDefaults.Web"/>).</summary>
internal static class GuestWireJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}

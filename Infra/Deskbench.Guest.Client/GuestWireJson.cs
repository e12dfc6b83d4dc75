using System.Text.Json;

namespace Deskbench.Guest.Client;

/// <summary>
/// JSON settings for reading the guest's native replies (<c>/windows</c>, <c>/actions</c> outcomes): camelCase, case-insensitive
/// (<see cref="JsonSerializerDefaults.Web"/>). Actions themselves are written with <see cref="Core.Actions.Translation.ActionJson.Options"/>.
/// </summary>
internal static class GuestWireJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}

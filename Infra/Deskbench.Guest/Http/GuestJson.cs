using System.Text.Json;

namespace Deskbench.Guest.Http;

/// <summary>
/// JSON settings of the guest's native replies (<c>/windows</c>, <c>/actions</c> outcomes): camelCase web defaults. Actions
/// themselves are read with <see cref="Deskbench.Core.Actions.Translation.ActionJson.Options"/>.
/// </summary>
internal static class GuestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}

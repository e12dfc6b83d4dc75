using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// The one wire format for <see cref="DesktopAction"/>s (the guest's <c>POST /actions</c>, the client, the "deskbench"
/// action space): web defaults (camelCase, case-insensitive reads), a <c>"type"</c> discriminator that may appear
/// anywhere in the object (<c>move</c>, <c>click</c>, <c>key_press</c> …), lower-case button names, null coordinates left
/// out, required constructor parameters enforced. Example: <c>[{"type":"click","x":10,"y":20,"button":"left","count":1,"intervalSeconds":0}]</c>.
/// </summary>
public static class ActionJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The <c>"type"</c> value of each action record, from the <see cref="JsonDerivedTypeAttribute"/>s on <see cref="DesktopAction"/>.</summary>
    public static IReadOnlyDictionary<string, Type> Discriminators { get; } =
        typeof(DesktopAction).GetCustomAttributes<JsonDerivedTypeAttribute>()
            .ToDictionary(a => (string)a.TypeDiscriminator!, a => a.DerivedType, StringComparer.Ordinal);

    public static string Serialize(DesktopAction action) => JsonSerializer.Serialize(action, Options);

    public static string Serialize(IEnumerable<DesktopAction> actions) => JsonSerializer.Serialize(actions.ToArray(), Options);

    /// <summary>Reads one action; throws <see cref="JsonException"/> or <see cref="NotSupportedException"/> on bad input.</summary>
    public static DesktopAction Deserialize(string json) =>
        JsonSerializer.Deserialize<DesktopAction>(json, Options) ?? throw new JsonException("expected an action object, got null");

    /// <summary>Reads a JSON array of actions.</summary>
    public static IReadOnlyList<DesktopAction> DeserializeList(string json) =>
        JsonSerializer.Deserialize<DesktopAction[]>(json, Options) is { } actions && actions.All(a => a is not null)
            ? actions
            : throw new JsonException("expected an array of action objects");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            AllowOutOfOrderMetadataProperties = true,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter<MouseButton>(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }
}

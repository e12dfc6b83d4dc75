using System.Text.Json.Nodes;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Setup;

/// <summary>
/// Substitutes <c>{CLIENT_PASSWORD}</c>, <c>{SCREEN_WIDTH}</c>, <c>{SCREEN_HEIGHT}</c>, <c>{SCREEN_WIDTH_HALF}</c> and
/// <c>{SCREEN_HEIGHT_HALF}</c> in a command, in string and list form, as OSWorld's <c>SetupController._execute_setup</c>
/// does (halves are integer divisions). Only <c>execute</c>/<c>command</c> steps use it, as in OSWorld.
/// </summary>
public static class CommandPlaceholders
{
    public const string ClientPassword = "{CLIENT_PASSWORD}";
    public const string ScreenWidth = "{SCREEN_WIDTH}";
    public const string ScreenHeight = "{SCREEN_HEIGHT}";
    public const string ScreenWidthHalf = "{SCREEN_WIDTH_HALF}";
    public const string ScreenHeightHalf = "{SCREEN_HEIGHT_HALF}";

    public static string Substitute(string text, PlaceholderValues values) => text
        .Replace(ClientPassword, values.ClientPassword, StringComparison.Ordinal)
        .Replace(ScreenWidthHalf, (values.ScreenWidth / 2).ToString(), StringComparison.Ordinal)
        .Replace(ScreenHeightHalf, (values.ScreenHeight / 2).ToString(), StringComparison.Ordinal)
        .Replace(ScreenWidth, values.ScreenWidth.ToString(), StringComparison.Ordinal)
        .Replace(ScreenHeight, values.ScreenHeight.ToString(), StringComparison.Ordinal);

    /// <summary>A new command node: a string, or an array whose string items are substituted (other items are copied).</summary>
    public static JsonNode Substitute(JsonNode command, PlaceholderValues values) => command switch
    {
        JsonArray items => new JsonArray([.. items.Select(item => JsonDescriptions.IsString(item)
            ? JsonValue.Create(Substitute(item!.GetValue<string>(), values))
            : item?.DeepClone())]),
        _ when JsonDescriptions.IsString(command) => JsonValue.Create(Substitute(command.GetValue<string>(), values)),
        _ => command.DeepClone(),
    };
}

using System.Text.Json.Nodes;
using Deskbench.Tasks.Setup;

namespace Deskbench.Tasks.Tests.Setup;

public sealed class CommandPlaceholdersTests
{
    private static readonly PlaceholderValues Values = new("s3cret", 1366, 769);

    [Fact]
    public void String_commands_get_every_placeholder()
    {
        var text = CommandPlaceholders.Substitute(
            "echo {CLIENT_PASSWORD} | sudo -S x; click({SCREEN_WIDTH_HALF}, {SCREEN_HEIGHT_HALF}) in {SCREEN_WIDTH}x{SCREEN_HEIGHT}", Values);

        Assert.Equal("echo s3cret | sudo -S x; click(683, 384) in 1366x769", text);
    }

    [Fact]
    public void List_commands_are_substituted_item_by_item_without_touching_the_original()
    {
        var original = JsonNode.Parse("""["python", "-c", "pyautogui.click({SCREEN_WIDTH_HALF}, {SCREEN_HEIGHT_HALF})", 5]""")!;

        var substituted = CommandPlaceholders.Substitute(original, Values);

        Assert.Equal("""["python","-c","pyautogui.click(683, 384)",5]""", substituted.ToJsonString());
        Assert.Contains("{SCREEN_WIDTH_HALF}", original.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void String_nodes_are_substituted_and_the_default_password_is_password()
    {
        var substituted = CommandPlaceholders.Substitute(JsonValue.Create("{CLIENT_PASSWORD}")!, PlaceholderValues.For(new SetupRunnerOptions().ClientPassword, new(1920, 1080)));

        Assert.Equal("password", substituted.GetValue<string>());
    }

    [Fact]
    public void Text_without_placeholders_is_unchanged()
    {
        Assert.Equal("{OTHER} {screen_width}", CommandPlaceholders.Substitute("{OTHER} {screen_width}", Values));
    }
}

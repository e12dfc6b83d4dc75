using Deskbench.Core.Actions.Translation;
using Deskbench.Guest.Linux;

namespace Deskbench.Guest.Tests.Linux;

public sealed class PyAutoGuiKeyMapTests
{
    [Fact]
    public void Every_pyautogui_key_name_maps_to_a_keysym()
    {
        var names = PyAutoGuiKeys.All.Concat(Enumerable.Range('A', 26).Select(c => ((char)c).ToString()));

        Assert.All(names, name => Assert.NotEqual(0u, PyAutoGuiKeyMap.ToKeysym(name)));
    }

    [Theory]
    [InlineData("enter", 0xff0d)]
    [InlineData("return", 0xff0d)]
    [InlineData("\n", 0xff0d)]
    [InlineData("Enter", 0xff0d)]
    [InlineData("ctrl", 0xffe3)]
    [InlineData("ctrlleft", 0xffe3)]
    [InlineData("ctrlright", 0xffe4)]
    [InlineData("win", 0xffeb)]
    [InlineData("pgdn", 0xff56)]
    [InlineData("pageup", 0xff55)]
    [InlineData("esc", 0xff1b)]
    [InlineData("space", 0x20)]
    [InlineData(" ", 0x20)]
    [InlineData("<", 0x3c)]
    [InlineData("A", 0x41)]
    [InlineData("a", 0x61)]
    [InlineData("f24", 0xffd5)]
    [InlineData("num5", 0xffb5)]
    [InlineData("volumemute", 0x1008ff12)]
    [InlineData("é", 0xe9)]
    [InlineData("€", 0x10020ac)]
    public void Names_map_to_the_keysyms_pyautogui_uses(string key, long keysym)
    {
        Assert.Equal((nuint)keysym, PyAutoGuiKeyMap.ToKeysym(key));
    }

    [Theory]
    [InlineData("hyperdrive")]
    [InlineData("ab")]
    [InlineData("")]
    public void Unknown_names_throw_an_argument_exception_naming_the_key(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => PyAutoGuiKeyMap.ToKeysym(key));

        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
    }
}

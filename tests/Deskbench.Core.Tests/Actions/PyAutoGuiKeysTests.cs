using Deskbench.Core.Actions.Translation;

namespace Deskbench.Core.Tests.Actions;

public sealed class PyAutoGuiKeysTests
{
    [Fact]
    public void All_has_pyautogui_keyboard_keys()
    {
        Assert.Equal(194, PyAutoGuiKeys.All.Count);
        foreach (var key in new[] { "\t", "\n", "\r", " ", "!", "<", "{", "|", "}", "~", "a", "z", "0", "accept", "add", "alt", "altleft",
            "browserback", "f1", "f24", "win", "winleft", "winright", "yen", "command", "option", "optionleft", "optionright", "enter",
            "pagedown", "pgdn", "prtsc", "volumemute" })
        {
            Assert.Contains(key, PyAutoGuiKeys.All);
        }

        Assert.DoesNotContain("A", PyAutoGuiKeys.All);
        Assert.DoesNotContain("f25", PyAutoGuiKeys.All);
        Assert.DoesNotContain("Enter", PyAutoGuiKeys.All);
        Assert.DoesNotContain("control", PyAutoGuiKeys.All);
    }

    [Theory]
    [InlineData("Enter", "enter")]
    [InlineData("CTRL", "ctrl")]
    [InlineData("A", "A")]
    [InlineData("<", "<")]
    [InlineData("F5", "f5")]
    public void Normalize_lower_cases_only_names_longer_than_one_character(string key, string expected) =>
        Assert.Equal(expected, PyAutoGuiKeys.Normalize(key));

    [Theory]
    [InlineData("enter", true)]
    [InlineData("ENTER", true)]
    [InlineData("<", true)]
    [InlineData("\n", true)]
    [InlineData("A", false)]
    [InlineData("control", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsKey_checks_normalised_name(string? key, bool expected) => Assert.Equal(expected, PyAutoGuiKeys.IsKey(key));

    [Fact]
    public void IsPressable_also_accepts_upper_case_letters_like_the_x11_backend()
    {
        Assert.True(PyAutoGuiKeys.IsPressable("A"));
        Assert.True(PyAutoGuiKeys.IsPressable("Z"));
        Assert.False(PyAutoGuiKeys.IsPressable("é"));
        Assert.False(PyAutoGuiKeys.IsPressable("AB"));
    }
}

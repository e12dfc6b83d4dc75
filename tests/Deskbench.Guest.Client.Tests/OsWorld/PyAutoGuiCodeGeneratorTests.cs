using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Guest.Client.OsWorld;

namespace Deskbench.Guest.Client.Tests.OsWorld;

/// <summary>Typed action → pyautogui source: the exact code per action type, and the translator reading it back.</summary>
public sealed class PyAutoGuiCodeGeneratorTests
{
    public static TheoryData<DesktopAction, string> ExpectedCode => new()
    {
        { new MoveAction(100, 200), "pyautogui.moveTo(100, 200)" },
        { new MoveAction(-5, 7, Relative: true), "pyautogui.moveRel(-5, 7)" },
        { new ClickAction(10, 20), "pyautogui.click(10, 20)" },
        { new ClickAction(), "pyautogui.click()" },
        { new ClickAction(10, 20, MouseButton.Right), "pyautogui.click(10, 20, button='right')" },
        { new ClickAction(10, 20, MouseButton.Left, 2), "pyautogui.click(10, 20, clicks=2)" },
        { new ClickAction(null, null, MouseButton.Middle, 3, 0.25), "pyautogui.click(clicks=3, interval=0.25, button='middle')" },
        { new MouseDownAction(), "pyautogui.mouseDown()" },
        { new MouseDownAction(5, 6, MouseButton.Right), "pyautogui.mouseDown(5, 6, button='right')" },
        { new MouseUpAction(5, 6), "pyautogui.mouseUp(5, 6)" },
        { new DragAction(300, 400), "pyautogui.dragTo(300, 400)" },
        { new DragAction(300, 400, MouseButton.Right, DurationSeconds: 1), "pyautogui.dragTo(300, 400, duration=1.0, button='right')" },
        { new DragAction(30, -40, Relative: true, DurationSeconds: 0.5), "pyautogui.dragRel(30, -40, duration=0.5)" },
        { new DragAction(300, 400, FromX: 10, FromY: 20), "pyautogui.moveTo(10, 20); pyautogui.dragTo(300, 400)" },
        { new ScrollAction(0, -3), "pyautogui.scroll(-3)" },
        { new ScrollAction(0, 5, 100, 200), "pyautogui.scroll(5, x=100, y=200)" },
        { new ScrollAction(2, 0), "pyautogui.hscroll(2)" },
        { new ScrollAction(2, -1, 7, 8), "pyautogui.scroll(-1, x=7, y=8); pyautogui.hscroll(2, x=7, y=8)" },
        { new ScrollAction(0, 0), "" },
        { new TypeTextAction("hello world"), "pyautogui.typewrite('hello world')" },
        { new TypeTextAction("it's a \\ path\n\tend"), "pyautogui.typewrite('it\\'s a \\\\ path\\n\\tend')" },
        { new TypeTextAction("slow", 0.05), "pyautogui.typewrite('slow', interval=0.05)" },
        { new TypeTextAction("a<b"), "pyautogui.typewrite('a'); pyautogui.hotkey('shift', ','); pyautogui.typewrite('b')" },
        { new TypeTextAction("<<"), "pyautogui.hotkey('shift', ','); pyautogui.hotkey('shift', ',')" },
        { new TypeTextAction("Grüße, 日本"), "import pyperclip; pyperclip.copy('Grüße, 日本'); pyautogui.hotkey('ctrl', 'v')" },
        { new TypeTextAction(""), "" },
        { new KeyPressAction("enter"), "pyautogui.press('enter')" },
        { new KeyPressAction("Enter"), "pyautogui.press('enter')" },
        { new KeyPressAction("A"), "pyautogui.press('A')" },
        { new KeyPressAction("'"), "pyautogui.press('\\'')" },
        { new KeyPressAction("down", 3, 0.1), "pyautogui.press('down', presses=3, interval=0.1)" },
        { new KeyPressAction("<"), "pyautogui.hotkey('shift', ',')" },
        { new KeyPressAction("<", 2, 0.5), "pyautogui.hotkey('shift', ','); time.sleep(0.5); pyautogui.hotkey('shift', ',')" },
        { new KeyDownAction("shift"), "pyautogui.keyDown('shift')" },
        { new KeyUpAction("ctrl"), "pyautogui.keyUp('ctrl')" },
        { new HotkeyAction(["ctrl", "shift", "t"]), "pyautogui.hotkey('ctrl', 'shift', 't')" },
        { new WaitAction(1.5), "time.sleep(1.5)" },
        { new WaitAction(2), "time.sleep(2.0)" },
        { new DoneAction(), "DONE" },
        { new FailAction(), "FAIL" },
    };

    /// <summary>Actions whose generated code reads back as exactly the same typed actions.</summary>
    public static TheoryData<DesktopAction> RoundTripping => new()
    {
        new MoveAction(100, 200),
        new MoveAction(-5, 7, Relative: true),
        new ClickAction(10, 20),
        new ClickAction(),
        new ClickAction(10, 20, MouseButton.Right),
        new ClickAction(1919, 1079, MouseButton.Left, 2),
        new ClickAction(null, null, MouseButton.Middle, 3, 0.25),
        new MouseDownAction(),
        new MouseDownAction(5, 6, MouseButton.Right),
        new MouseUpAction(5, 6, MouseButton.Middle),
        new DragAction(300, 400),
        new DragAction(300, 400, MouseButton.Right, DurationSeconds: 1),
        new DragAction(30, -40, Relative: true, DurationSeconds: 0.5),
        new ScrollAction(0, -3),
        new ScrollAction(0, 5, 100, 200),
        new ScrollAction(-2, 0, 3, 4),
        new TypeTextAction("hello world"),
        new TypeTextAction("it's a \\ \"path\"\n\tend {x} ~!@#$%^&*()_+|:?>"),
        new TypeTextAction("slow", 0.05),
        new TypeTextAction("Grüße, 日本 🎉"),
        new KeyPressAction("enter"),
        new KeyPressAction("A"),
        new KeyPressAction("'"),
        new KeyPressAction("\\"),
        new KeyPressAction("down", 3, 0.1),
        new KeyPressAction("f5"),
        new KeyDownAction("shift"),
        new KeyUpAction("ctrl"),
        new HotkeyAction(["ctrl", "shift", "t"]),
        new HotkeyAction(["alt", "f4"]),
        new WaitAction(1.5),
        new DoneAction(),
        new FailAction(),
    };

    [Theory]
    [MemberData(nameof(ExpectedCode))]
    public void Each_action_type_becomes_exact_pyautogui_code(DesktopAction action, string expected) =>
        Assert.Equal(expected, PyAutoGuiCodeGenerator.Generate(action));

    [Theory]
    [MemberData(nameof(RoundTripping))]
    public void Generated_code_reads_back_as_the_same_typed_action(DesktopAction action)
    {
        var code = PyAutoGuiCodeGenerator.Generate(action);

        var parsed = new PyAutoGuiTranslator().TranslateCode(code);

        Assert.Equal(ActionJson.Serialize([action]), ActionJson.Serialize(parsed));
    }

    [Fact]
    public void A_batch_reads_back_in_order_under_the_osworld_prefix()
    {
        DesktopAction[] actions =
        [
            new ClickAction(50, 60), new TypeTextAction("ls -la\n"), new HotkeyAction(["ctrl", "s"]), new ScrollAction(0, -2, 5, 5),
            new KeyPressAction("esc"),
        ];

        var request = OsWorldPythonCommand.Create(PyAutoGuiCodeGenerator.Generate(actions));
        var argv = request.Command.AsArray().Select(n => n!.GetValue<string>()).ToArray();

        Assert.Equal("python", argv[0]);
        Assert.Equal("-c", argv[1]);
        Assert.StartsWith("import pyautogui; import time; pyautogui.FAILSAFE = False; pyautogui.click(50, 60); ", argv[2], StringComparison.Ordinal);
        Assert.False(request.Shell);
        Assert.Equal(ActionJson.Serialize(actions), ActionJson.Serialize(new PyAutoGuiTranslator().TranslateCode(argv[2])));
    }

    [Fact]
    public void The_less_than_workaround_reads_back_as_the_shift_comma_it_presses()
    {
        var parsed = new PyAutoGuiTranslator().TranslateCode(PyAutoGuiCodeGenerator.Generate(new TypeTextAction("1<2")));

        Assert.Equal(
            ActionJson.Serialize([new TypeTextAction("1"), new HotkeyAction(["shift", ","]), new TypeTextAction("2")]),
            ActionJson.Serialize(parsed));
    }

    [Theory]
    [InlineData("control")]
    [InlineData("super")]
    [InlineData("")]
    public void A_key_pyautogui_does_not_know_is_refused_with_its_name(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => PyAutoGuiCodeGenerator.Generate(new KeyPressAction(key)));

        Assert.Contains($"'{key}' is not a pyautogui key name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_half_given_point_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PyAutoGuiCodeGenerator.Generate(new ClickAction(10, null)));

        Assert.Contains("both coordinates", error.Message, StringComparison.Ordinal);
    }
}

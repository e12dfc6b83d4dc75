using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Observations;
using Deskbench.Core.Tests.Actions;

namespace Deskbench.Core.Tests.Translation.Vendor;

public sealed class WaaActionTranslatorTests
{
    private static readonly WaaActionTranslator Waa = new(1920, 1080);

    private static readonly ActionTranslationContext Marks = new([new ScreenMark(78, 100, 200, 40, 20), new ScreenMark(19, 0, 0, 10, 10)]);

    private static IReadOnlyList<DesktopAction> T(string code) => Waa.Translate(AgentAction.FromCode(code), Marks);

    private static string Error(string code) => Assert.Throws<ActionTranslationException>(() => T(code)).Message;

    [Fact]
    public void Mouse_api()
    {
        ActionAssert.Equal([new MoveAction(120, 210), new ClickAction()], T("computer.mouse.move_id(id=78)\ncomputer.mouse.single_click()"));
        ActionAssert.Equal([new MoveAction(422, 810)], T("computer.mouse.move_abs(x=0.22, y=0.75)"));
        ActionAssert.Equal([new ClickAction(Count: 2)], T("computer.mouse.double_click()"));
        ActionAssert.Equal([new ClickAction(Button: MouseButton.Right)], T("computer.mouse.right_click()"));
        ActionAssert.Equal([new ScrollAction(0, -WaaActionTranslator.ScrollClicks)], T("computer.mouse.scroll(dir=\"down\")"));
        ActionAssert.Equal([new ScrollAction(0, WaaActionTranslator.ScrollClicks)], T("computer.mouse.scroll(\"up\")"));
        ActionAssert.Equal([new DragAction(672, 518, DurationSeconds: 0.5)], T("computer.mouse.drag(x=0.35, y=0.48)"));
    }

    [Fact]
    public void Keyboard_clipboard_and_os_api()
    {
        ActionAssert.Equal([new TypeTextAction("hello")], T("computer.keyboard.write(\"hello\")"));
        ActionAssert.Equal([new KeyPressAction("enter")], T("computer.keyboard.press(\"enter\")"));
        ActionAssert.Equal([new HotkeyAction(["ctrl", "c"])], T("computer.keyboard.press(\"ctrl+c\")"));
        ActionAssert.Equal([new HotkeyAction(["ctrl", "c"])], T("computer.keyboard.press(\"ctrl-c\")"));
        ActionAssert.Equal([new TypeTextAction("pasted")], T("computer.clipboard.copy_text(\"pasted\")\ncomputer.clipboard.paste()"));
        ActionAssert.Equal([new HotkeyAction(["ctrl", "v"])], T("computer.clipboard.paste()"));
        Assert.Empty(T("computer.clipboard.view_clipboard()\ncomputer.window_manager.find_open_applications()\ncomputer.os.is_installed(\"code\")"));
        ActionAssert.Equal([new HotkeyAction(["win", "up"])], T("computer.os.maximize_window()"));
        var open = T("computer.os.open_program(\"notepad\")");
        Assert.Equal(new KeyPressAction("win"), open[0]);
        Assert.Contains(new TypeTextAction("notepad"), open);
        Assert.Contains(new KeyPressAction("enter"), open);
    }

    [Fact]
    public void Pyautogui_sleep_special_words_and_fences()
    {
        ActionAssert.Equal([new ClickAction(5, 6), new WaitAction(1)], T("```python\npyautogui.click(5, 6)\ntime.sleep(1)\n```"));
        ActionAssert.Equal([new DoneAction()], T("DONE"));
        ActionAssert.Equal([new WaitAction(SpecialActionWords.DefaultWaitSeconds)], T("WAIT"));
    }

    [Fact]
    public void Errors_name_the_call()
    {
        Assert.Contains("there is no box 5", Error("computer.mouse.move_id(id=5)"), StringComparison.Ordinal);
        Assert.Contains("between 0 and 1", Error("computer.mouse.move_abs(x=300, y=0.5)"), StringComparison.Ordinal);
        Assert.Contains("switch_to_application() cannot be translated", Error("computer.window_manager.switch_to_application(\"Chrome\")"), StringComparison.Ordinal);
        Assert.Contains("copy_text() cannot be translated", Error("computer.clipboard.copy_text(\"x\")"), StringComparison.Ordinal);
        Assert.Contains("ask_question() cannot be translated", Error("human.ask_question(\"why?\")"), StringComparison.Ordinal);
        Assert.Contains("unexpected argument 'z'", Error("computer.mouse.move_abs(x=0.1, y=0.1, z=1)"), StringComparison.Ordinal);
        Assert.Contains("'dir' must be", Error("computer.mouse.scroll(dir=\"sideways\")"), StringComparison.Ordinal);
        Assert.Contains("not a key name", Error("computer.keyboard.press(\"hyper\")"), StringComparison.Ordinal);
        Assert.StartsWith("waa:", Error("import os\nos.system('rm -rf /')"), StringComparison.Ordinal);
        Assert.Contains("no set-of-marks boxes", Assert.Throws<ActionTranslationException>(() => Waa.Translate(AgentAction.FromCode("computer.mouse.move_id(1)"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_has_the_vendor_spaces()
    {
        var registry = ActionTranslatorRegistry.CreateDefault(800, 600);
        Assert.IsType<AnthropicActionTranslator>(registry.Get("anthropic"));
        Assert.IsType<OpenAiActionTranslator>(registry.Get("openai"));
        Assert.IsType<WaaActionTranslator>(registry.Get("waa"));
        Assert.Contains("800x600", Assert.Throws<ActionTranslationException>(() =>
            registry.Translate("anthropic", AgentAction.FromCode("""{"action":"left_click","coordinate":[900,10]}"""))).Message, StringComparison.Ordinal);
        ActionAssert.Equal([new MoveAction(400, 300)], registry.Translate("waa", AgentAction.FromCode("computer.mouse.move_abs(0.5, 0.5)"), ActionTranslationContext.None));
    }
}

using Deskbench.Core.Actions;
using static Deskbench.Core.Tests.Actions.ActionAssert;

namespace Deskbench.Core.Tests.Actions;

public sealed class PyAutoGuiKeyboardTranslationTests
{
    [Fact]
    public void Typewrite_and_write_type_text_verbatim()
    {
        Py("pyautogui.typewrite('hello world')", new TypeTextAction("hello world"));
        Py("pyautogui.typewrite('hello world', interval=0.05)", new TypeTextAction("hello world", 0.05));
        Py("pyautogui.typewrite(message='x', interval=0.1)", new TypeTextAction("x", 0.1));
        Py("pyautogui.write('Hello, World!', 0.02)", new TypeTextAction("Hello, World!", 0.02));
        Py("pyautogui.write('')");
    }

    [Fact]
    public void Shifted_characters_stay_in_the_text()
    {
        Py("pyautogui.typewrite('a<b>c')", new TypeTextAction("a<b>c"));
        Py("pyautogui.write('=SUM(A1:A3) > 0 & x < y ~ \"q\" {|}')", new TypeTextAction("=SUM(A1:A3) > 0 & x < y ~ \"q\" {|}"));
        Py("pyautogui.write('<html><body>Hi</body></html>')", new TypeTextAction("<html><body>Hi</body></html>"));
    }

    [Fact]
    public void Escapes_in_typed_text()
    {
        Py("pyautogui.typewrite('line1\\nline2\\t!')", new TypeTextAction("line1\nline2\t!"));
        Py("pyautogui.write(\"it's\")", new TypeTextAction("it's"));
        Py("pyautogui.write('it\\'s')", new TypeTextAction("it's"));
        Py("pyautogui.write(r'C:\\Users\\new')", new TypeTextAction("C:\\Users\\new"));
        Py("pyautogui.write('caf\\u00e9 \\x41')", new TypeTextAction("café A"));
        Py("pyautogui.write('''multi\nline''')", new TypeTextAction("multi\nline"));
        Py("pyautogui.write(\"\"\"say \"hi\" \"\"\")", new TypeTextAction("say \"hi\" "));
        Py("pyautogui.write('über 東京')", new TypeTextAction("über 東京"));
    }

    [Fact]
    public void Typewrite_list_form_presses_key_names()
    {
        Py("pyautogui.typewrite(['a', 'b', 'enter'])", new KeyPressAction("a"), new KeyPressAction("b"), new KeyPressAction("enter"));
        Py("pyautogui.typewrite(['left', 'LEFT', 'A'], interval=0.5)",
            new KeyPressAction("left"), new WaitAction(0.5), new KeyPressAction("left"), new WaitAction(0.5), new KeyPressAction("A"));
        Py("pyautogui.write(['enter'])", new KeyPressAction("enter"));
    }

    [Fact]
    public void Press_single_key_with_presses_and_interval()
    {
        Py("pyautogui.press('enter')", new KeyPressAction("enter"));
        Py("pyautogui.press('Enter')", new KeyPressAction("enter"));
        Py("pyautogui.press('down', presses=11, interval=0.1)", new KeyPressAction("down", 11, 0.1));
        Py("pyautogui.press('tab', 3)", new KeyPressAction("tab", 3));
        Py("pyautogui.press(keys='f5')", new KeyPressAction("f5"));
        Py("pyautogui.press(['enter'])", new KeyPressAction("enter"));
        Py("pyautogui.press('x', presses=0)");
    }

    [Fact]
    public void Press_list_presses_each_key_per_repetition()
    {
        Py("pyautogui.press(['a', 'b'])", new KeyPressAction("a"), new KeyPressAction("b"));
        Py("pyautogui.press(['a', 'b'], presses=2, interval=0.3)",
            new KeyPressAction("a"), new KeyPressAction("b"), new WaitAction(0.3), new KeyPressAction("a"), new KeyPressAction("b"));
    }

    [Fact]
    public void Press_shifted_character_stays_a_key_press()
    {
        Py("pyautogui.press('<')", new KeyPressAction("<"));
        Py("pyautogui.press('>')", new KeyPressAction(">"));
        Py("pyautogui.press('A')", new KeyPressAction("A"));
        Py("pyautogui.press('\\n')", new KeyPressAction("\n"));
        Py("pyautogui.press(' ')", new KeyPressAction(" "));
    }

    [Fact]
    public void Key_down_and_up()
    {
        Py("pyautogui.keyDown('shift')", new KeyDownAction("shift"));
        Py("pyautogui.keyDown(key='CTRL')", new KeyDownAction("ctrl"));
        Py("pyautogui.keyUp('shift')", new KeyUpAction("shift"));
        Py("pyautogui.keyDown('shift'); pyautogui.click(10, 10); pyautogui.keyUp('shift')",
            new KeyDownAction("shift"), new ClickAction(10, 10), new KeyUpAction("shift"));
    }

    [Fact]
    public void Hotkey_forms()
    {
        Py("pyautogui.hotkey('ctrl', 'shift', 't')", new HotkeyAction(["ctrl", "shift", "t"]));
        Py("pyautogui.hotkey('Ctrl', 'C')", new HotkeyAction(["ctrl", "C"]));
        Py("pyautogui.hotkey(['shift', 'ctrl', 'e'])", new HotkeyAction(["shift", "ctrl", "e"]));
        Py("pyautogui.hotkey('ctrl', 'a', interval=0.1)", new HotkeyAction(["ctrl", "a"]));
        Py("pyautogui.hotkey(*['alt', 'f4'])", new HotkeyAction(["alt", "f4"]));
        Py("pyautogui.shortcut('ctrl', 'z')", new HotkeyAction(["ctrl", "z"]));
        Py("pyautogui.hotkey('win')", new HotkeyAction(["win"]));
        Py("pyautogui.hotkey('shift', '<')", new HotkeyAction(["shift", "<"]));
    }
}

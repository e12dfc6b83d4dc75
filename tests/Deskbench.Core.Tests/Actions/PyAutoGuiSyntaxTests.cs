using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using static Deskbench.Core.Tests.Actions.ActionAssert;

namespace Deskbench.Core.Tests.Actions;

public sealed class PyAutoGuiSyntaxTests
{
    [Fact]
    public void Statements_on_one_line_and_across_lines_keep_their_order()
    {
        Py("pyautogui.click(960, 540); time.sleep(0.5); pyautogui.typewrite('hello world', interval=0.05)",
            new ClickAction(960, 540), new WaitAction(0.5), new TypeTextAction("hello world", 0.05));
        Py("pyautogui.click(1, 2)\npyautogui.press('enter')\r\n\n  time.sleep(1)\n",
            new ClickAction(1, 2), new KeyPressAction("enter"), new WaitAction(1));
        Py("pyautogui.click(1, 2);;", new ClickAction(1, 2));
    }

    [Fact]
    public void Imports_and_settings_are_ignored()
    {
        Py("import pyautogui\nimport time\npyautogui.FAILSAFE = False\npyautogui.PAUSE = 0.5\npyautogui.press('a')", new KeyPressAction("a"));
        Py("import pyautogui, time; from time import sleep; pyautogui.press('b'); sleep(2)", new KeyPressAction("b"), new WaitAction(2));
    }

    [Fact]
    public void Import_aliases_are_followed()
    {
        Py("import pyautogui as pg\npg.click(1, 2)", new ClickAction(1, 2));
        Py("from pyautogui import click, press as p\nclick(3, 4)\np('tab')", new ClickAction(3, 4), new KeyPressAction("tab"));
        Py("from pyautogui import (hotkey,\n    write)\nhotkey('ctrl', 'v')", new HotkeyAction(["ctrl", "v"]));
    }

    [Fact]
    public void Comments_continuations_and_multiline_calls()
    {
        Py("# open the menu\npyautogui.click(10, 20)  # the File menu\n", new ClickAction(10, 20));
        Py("pyautogui.click(\n    x=10,\n    y=20,\n)", new ClickAction(10, 20));
        Py("pyautogui.click(10, \\\n 20)", new ClickAction(10, 20));
        Py("pyautogui.write('a # not a comment')", new TypeTextAction("a # not a comment"));
    }

    [Fact]
    public void Time_sleep_and_pyautogui_sleep_wait()
    {
        Py("time.sleep(0.5)", new WaitAction(0.5));
        Py("time.sleep(2)", new WaitAction(2));
        Py("pyautogui.sleep(1.5)", new WaitAction(1.5));
        Py("import time as t; t.sleep(3)", new WaitAction(3));
    }

    [Theory]
    [InlineData("WAIT")]
    [InlineData("  WAIT \n")]
    public void Wait_word(string code) => Py(code, new WaitAction(SpecialActionWords.DefaultWaitSeconds));

    [Fact]
    public void Done_and_fail_words()
    {
        Py("DONE", new DoneAction());
        Py("\tFAIL  ", new FailAction());
        Py("pyautogui.hotkey('ctrl', 's')\nDONE", new HotkeyAction(["ctrl", "s"]), new DoneAction());
    }

    [Fact]
    public void Wait_seconds_are_configurable()
    {
        var actions = new PyAutoGuiTranslator(waitSeconds: 0.25).Translate(AgentAction.FromCode("WAIT"));
        Equal([new WaitAction(0.25)], actions);
    }

    [Fact]
    public void Command_objects_and_special_dicts_are_accepted()
    {
        var translator = new PyAutoGuiTranslator();
        Equal([new ClickAction(5, 5)], translator.Translate(new AgentAction(new JsonObject { ["command"] = "pyautogui.click(5, 5)" })));
        Equal([new DoneAction()], translator.Translate(new AgentAction(new JsonObject { ["action_type"] = "DONE" })));
    }

    [Fact]
    public void Variables_unpacking_indexing_and_arithmetic()
    {
        Py("x, y = 100, 200\npyautogui.click(x, y)", new ClickAction(100, 200));
        Py("(x, y) = (100, 200); pyautogui.click(x + 10, y - 20 * 2)", new ClickAction(110, 160));
        Py("pos = (640, 360)\npyautogui.click(pos[0], pos[-1])", new ClickAction(640, 360));
        Py("pos = [640, 360]\npyautogui.moveTo(pos)", new MoveAction(640, 360));
        Py("pyautogui.click(1920 // 2, 1080 / 2)", new ClickAction(960, 540));
        Py("pyautogui.moveRel(-50, +(3 * (2 + 1)))", new MoveAction(-50, 9, Relative: true));
        Py("text = 'abc' + 'def'\npyautogui.write(text)", new TypeTextAction("abcdef"));
        Py("pyautogui.write('ab' 'cd')", new TypeTextAction("abcd"));
        Py("pyautogui.write('-' * 3)", new TypeTextAction("---"));
        Py("pyautogui.moveTo(0x10, 1_000)", new MoveAction(16, 1000));
        Py("pyautogui.scroll(-2 ** 2)", new ScrollAction(0, -4));
    }

    [Fact]
    public void Markdown_fences_are_removed()
    {
        Py("```python\npyautogui.click(1, 2)\n```", new ClickAction(1, 2));
        Py("```\npyautogui.press('esc')\n```\n", new KeyPressAction("esc"));
    }

    [Fact]
    public void Print_and_pass_do_nothing()
    {
        Py("print('clicking'); pass; pyautogui.click(1, 1)", new ClickAction(1, 1));
    }
}

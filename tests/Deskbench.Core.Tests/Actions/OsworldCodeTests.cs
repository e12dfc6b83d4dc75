using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using static Deskbench.Core.Tests.Actions.ActionAssert;

namespace Deskbench.Core.Tests.Actions;

/// <summary>Code that OSWorld itself and OSWorld agents really produce.</summary>
public sealed class OsworldCodeTests
{
    private static string SuiteDirectory => Path.Combine(Deskbench.Testing.SharedSuites.Require(), "osworld");

    [Fact]
    public void Every_pyautogui_snippet_in_the_osworld_task_files_translates()
    {
        var snippets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SuiteDirectory, "*.json", SearchOption.AllDirectories))
        {
            CollectPythonCommands(JsonNode.Parse(File.ReadAllText(file)), snippets);
        }

        var pyautogui = snippets.Where(s => s.Contains("pyautogui", StringComparison.Ordinal)).ToList();
        Assert.True(pyautogui.Count >= 30, $"expected at least 30 distinct pyautogui snippets, found {pyautogui.Count}");
        foreach (var snippet in pyautogui)
        {
            // OSWorld substitutes these placeholders with the screen size before running the code.
            var code = snippet.Replace("{SCREEN_WIDTH_HALF}", "960", StringComparison.Ordinal)
                .Replace("{SCREEN_HEIGHT_HALF}", "540", StringComparison.Ordinal);
            var actions = Py(code);
            Assert.True(actions.Count > 0, $"no actions from {code}");
        }

        // The other python -c snippets (file edits, imports of ML libraries) are not input actions: refused, or no-ops.
        var refused = 0;
        foreach (var snippet in snippets.Where(s => !s.Contains("pyautogui", StringComparison.Ordinal)))
        {
            try
            {
                Assert.Empty(Py(snippet));
            }
            catch (ActionTranslationException e)
            {
                Assert.Matches("line \\d+", e.Message);
                refused++;
            }
        }

        Assert.True(refused > 0, "the file-editing snippets should be refused");
    }

    private static void CollectPythonCommands(JsonNode? node, ISet<string> snippets)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    CollectPythonCommands(child, snippets);
                }

                break;
            case JsonArray array:
                if (array.Count >= 3 && array[0]?.ToString() is "python" or "python3" && array[1]?.ToString() == "-c"
                    && array[2] is JsonValue code && code.TryGetValue(out string? text))
                {
                    snippets.Add(text);
                }

                foreach (var child in array)
                {
                    CollectPythonCommands(child, snippets);
                }

                break;
        }
    }

    [Fact]
    public void Osworld_setup_snippet_translates_in_order()
    {
        Py("import pyautogui; import time; time.sleep(5); pyautogui.click(960, 540); time.sleep(5); pyautogui.press('esc'); "
            + "time.sleep(0.3); pyautogui.press('right', presses=2, interval=0.1); pyautogui.press('down', presses=11, interval=0.1); pyautogui.press('enter')",
            new WaitAction(5), new ClickAction(960, 540), new WaitAction(5), new KeyPressAction("esc"), new WaitAction(0.3),
            new KeyPressAction("right", 2, 0.1), new KeyPressAction("down", 11, 0.1), new KeyPressAction("enter"));
        Py("import time; import pyautogui; pyautogui.write(\"resized\");time.sleep(1);pyautogui.press([\"enter\"]);",
            new TypeTextAction("resized"), new WaitAction(1), new KeyPressAction("enter"));
    }

    [Fact]
    public void Ui_tars_trajectory_actions()
    {
        // traj.jsonl "action" values written by OSWorld's UI-TARS agent (an Observation/Thought docstring, then calls).
        Py("import pyautogui\nimport time\n'''\nObservation:\n\n\nThought:\nThere's an icon with three dots located in the upper right corner; clicking on it will open up more options.\n'''\n\npyautogui.click(1896.149, 89.011, button='left')",
            new ClickAction(1896, 89));
        Py("import pyautogui\nimport time\n'''\nObservation:\n\nThought:\nDrag the slider.\n'''\n\npyautogui.moveTo(100.5, 200.5)\n\npyautogui.dragTo(300.25, 200.5, duration=1.0)\n",
            new MoveAction(100, 200), new DragAction(300, 200, DurationSeconds: 1.0));
        Py("import pyautogui\nimport time\n'''\nObservation:\n\nThought:\nType it.\n'''\n\nimport pyperclip\npyperclip.copy('Hello, it\\'s me')\npyautogui.hotkey('ctrl', 'v')\ntime.sleep(0.5)\n\npyautogui.press('enter')",
            new TypeTextAction("Hello, it's me"), new WaitAction(0.5), new KeyPressAction("enter"));
        Py("import pyautogui\nimport time\n'''\nObservation:\n\nThought:\nScroll.\n'''\n\npyautogui.scroll(-5, x=960.0, y=540.0)\ntime.sleep(3)\n\npyautogui.hotkey('ctrl', 'c')",
            new ScrollAction(0, -5, 960, 540), new WaitAction(3), new HotkeyAction(["ctrl", "c"]));
    }

    [Fact]
    public void Clipboard_copy_without_paste_is_refused()
    {
        var message = PyError("import pyperclip\npyperclip.copy('x')\npyautogui.press('enter')");
        Assert.Contains("line 2", message, StringComparison.Ordinal);
        Assert.Contains("pyautogui.write", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prompt_agent_and_claude_style_actions()
    {
        Py("```python\n# Move mouse to the position and click\npyautogui.moveTo(100, 200)\npyautogui.click()\n```",
            new MoveAction(100, 200), new ClickAction());
        Py("import pyautogui\nimport time\n\npyautogui.click(x=500, y=300)\ntime.sleep(1)\npyautogui.typewrite('report.xlsx', interval=0.02)\npyautogui.press('enter')",
            new ClickAction(500, 300), new WaitAction(1), new TypeTextAction("report.xlsx", 0.02), new KeyPressAction("enter"));
        Py("pyautogui.keyDown('ctrl')\npyautogui.press('a')\npyautogui.keyUp('ctrl')\npyautogui.press('delete')",
            new KeyDownAction("ctrl"), new KeyPressAction("a"), new KeyUpAction("ctrl"), new KeyPressAction("delete"));
    }
}

using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using static Deskbench.Core.Tests.Actions.ActionAssert;

namespace Deskbench.Core.Tests.Actions;

public sealed class PyAutoGuiErrorTests
{
    [Fact]
    public void Unknown_pyautogui_function_names_the_line_and_lists_the_supported_ones()
    {
        var message = PyError("pyautogui.click(1, 2)\npyautogui.clickk(1, 2)");
        Assert.Contains("line 2", message, StringComparison.Ordinal);
        Assert.Contains("pyautogui.clickk() is not supported", message, StringComparison.Ordinal);
        Assert.Contains("doubleClick", message, StringComparison.Ordinal);
        Assert.StartsWith("pyautogui: ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_python_is_refused()
    {
        var message = PyError("import os; os.system('rm -rf /tmp/x')");
        Assert.Contains("line 1", message, StringComparison.Ordinal);
        Assert.Contains("os.system()", message, StringComparison.Ordinal);
        Assert.Contains("only pyautogui input calls", message, StringComparison.Ordinal);

        Assert.Contains("subprocess.run()", PyError("import subprocess\nsubprocess.run(['ls'])"), StringComparison.Ordinal);
        Assert.Contains("open()", PyError("open('/etc/passwd')"), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_names_are_refused()
    {
        var message = PyError("pyautogui.press('enterr')");
        Assert.Contains("'enterr' is not a pyautogui key name", message, StringComparison.Ordinal);
        Assert.Contains("press()", message, StringComparison.Ordinal);
        Assert.Contains("'enterr'", PyError("pyautogui.hotkey('ctrl', 'enterr')"), StringComparison.Ordinal);
        Assert.Contains("'control'", PyError("pyautogui.keyDown('control')"), StringComparison.Ordinal);
        Assert.Contains("'é'", PyError("pyautogui.typewrite(['a', 'é'])"), StringComparison.Ordinal);
        Assert.Contains("'keys' must be a key name or a list of key names", PyError("pyautogui.press(5)"), StringComparison.Ordinal);
        Assert.Contains("a key must be a string", PyError("pyautogui.hotkey('ctrl', 5)"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pyautogui.click(100, 200", "'(' is never closed")]
    [InlineData("pyautogui.write('abc)", "never closed")]
    [InlineData("pyautogui.click(100 200)", "expected ',' or ')'")]
    [InlineData("pyautogui.click(100, 200))", "')' does not match")]
    [InlineData("pyautogui.click(1, 2) pyautogui.click(3, 4)", "expected a new line or ';'")]
    [InlineData("pyautogui.click(x=1, 2)", "positional argument cannot follow keyword")]
    [InlineData("pyautogui.click(1, 2) $", "unexpected character '$'")]
    [InlineData("pyautogui.click", "is not a call")]
    [InlineData("for i in range(3): pyautogui.press('tab')", "'for' statements are not supported")]
    [InlineData("if True:\n    pyautogui.click()", "'if' statements are not supported")]
    [InlineData("def f(): pass", "'def' statements are not supported")]
    [InlineData("pyautogui.click(*pyautogui.locateCenterOnScreen('ok.png'))", "cannot be used as an argument")]
    [InlineData("x, y = pyautogui.position()", "cannot be used as an argument")]
    [InlineData("pyautogui.click(x, y)", "name 'x' is not defined")]
    [InlineData("x, y = 1, 2, 3", "cannot unpack 3 values into 2 names")]
    [InlineData("x += 1", "'+=' is not supported")]
    [InlineData("pyautogui.write(f'{name}')", "f-strings with fields are not supported")]
    [InlineData("pyautogui.click(1 / 0, 2)", "division by zero")]
    public void Syntax_errors_say_what_was_expected(string code, string expected)
    {
        var message = PyError(code);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Matches(@"line \d+", message);
    }

    [Theory]
    [InlineData("pyautogui.click(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)", "takes at most 9 positional arguments")]
    [InlineData("pyautogui.click(1, 2, clickz=2)", "unexpected keyword argument 'clickz'")]
    [InlineData("pyautogui.click(1, 2, x=3)", "multiple values for argument 'x'")]
    [InlineData("pyautogui.click(1, 2, button='wheel')", "'button' must be one of")]
    [InlineData("pyautogui.click('100', 200)", "locating an image")]
    [InlineData("pyautogui.click((1, 2, 3))", "exactly 2 or exactly 4 elements")]
    [InlineData("pyautogui.click((1, 2), 5)", "'y' must not be given")]
    [InlineData("pyautogui.moveTo(x=5)", "give both x and y")]
    [InlineData("pyautogui.dragTo()", "give both x and y")]
    [InlineData("pyautogui.scroll()", "missing required argument 'clicks'")]
    [InlineData("pyautogui.scroll('up')", "'clicks' must be a number, got str 'up'")]
    [InlineData("pyautogui.press()", "missing required argument 'keys'")]
    [InlineData("pyautogui.typewrite(42)", "'message' must be a key name or a list of key names, got int 42")]
    [InlineData("time.sleep(-1)", "sleep length must be non-negative")]
    [InlineData("time.sleep('1')", "'secs' must be a number")]
    [InlineData("pyautogui.position()", "pyautogui.position() is not supported")]
    public void Bad_arguments_name_the_function_and_argument(string code, string expected) =>
        Assert.Contains(expected, PyError(code), StringComparison.Ordinal);

    [Fact]
    public void Empty_and_non_code_actions_are_refused()
    {
        Assert.Contains("empty", PyError("   "), StringComparison.Ordinal);
        Assert.Empty(Py("# just a comment\nimport pyautogui"));
        var translator = new PyAutoGuiTranslator();
        var e = Assert.Throws<ActionTranslationException>(() => translator.Translate(new AgentAction(new JsonObject { ["x"] = 1 })));
        Assert.Contains("{\"command\": \"<code>\"}", e.Message, StringComparison.Ordinal);
        Assert.Throws<ActionTranslationException>(() => translator.Translate(new AgentAction(JsonValue.Create(42))));
    }

    [Fact]
    public void Lower_case_special_words_are_not_special()
    {
        Assert.Contains("name 'done'", PyError("done = done"), StringComparison.Ordinal);
        Assert.Contains("'wait' is not a call", PyError("wait"), StringComparison.Ordinal);
    }
}

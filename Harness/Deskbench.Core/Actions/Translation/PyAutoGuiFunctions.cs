namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// The functions the pyautogui translator understands, by qualified name, with pyautogui 0.9.54's parameter lists
/// (aliases included: write = typewrite, move = moveRel, drag = dragRel, shortcut = hotkey).
/// </summary>
internal static class PyAutoGuiFunctions
{
    /// <summary>Accepted everywhere and ignored: timing, logging and the pre-0.9.50 <c>pause</c> keyword.</summary>
    private static readonly string[] CommonKeywordOnly = ["pause"];

    private static readonly string[] ClickParameters = ["x", "y", "clicks", "interval", "button", "duration", "tween", "logScreenshot", "_pause"];
    private static readonly string[] SideClickParameters = ["x", "y", "interval", "duration", "tween", "logScreenshot", "_pause"];
    private static readonly string[] MultiClickParameters = ["x", "y", "interval", "button", "duration", "tween", "logScreenshot", "_pause"];
    private static readonly string[] ScrollParameters = ["clicks", "x", "y", "logScreenshot", "_pause"];
    private static readonly string[] MoveToParameters = ["x", "y", "duration", "tween", "logScreenshot", "_pause"];
    private static readonly string[] MoveRelParameters = ["xOffset", "yOffset", "duration", "tween", "logScreenshot", "_pause"];
    private static readonly string[] DragToParameters = ["x", "y", "duration", "tween", "button", "logScreenshot", "_pause", "mouseDownUp"];
    private static readonly string[] DragRelParameters = ["xOffset", "yOffset", "duration", "tween", "button", "logScreenshot", "_pause", "mouseDownUp"];
    private static readonly string[] MouseButtonParameters = ["x", "y", "button", "duration", "tween", "logScreenshot", "_pause"];
    private static readonly string[] KeyParameters = ["key", "logScreenshot", "_pause"];

    /// <summary><c>pyperclip.copy(text)</c>: translated only when a paste hotkey follows (see <see cref="PyAutoGuiCallTranslator"/>).</summary>
    public const string ClipboardCopy = "pyperclip.copy";

    public static IReadOnlyDictionary<string, PyAutoGuiFunction> ByQualifiedName { get; } = Build();

    /// <summary>The pyautogui function names, for messages.</summary>
    public static string SupportedPyAutoGuiNames { get; } = string.Join(", ",
        ByQualifiedName.Keys.Where(k => k.StartsWith(PythonSubsetParser.Pyautogui + ".", StringComparison.Ordinal))
            .Select(k => k[(PythonSubsetParser.Pyautogui.Length + 1)..]));

    private static Dictionary<string, PyAutoGuiFunction> Build()
    {
        var functions = new List<PyAutoGuiFunction>
        {
            Pyautogui("click", ClickParameters),
            Pyautogui("leftClick", SideClickParameters),
            Pyautogui("rightClick", SideClickParameters),
            Pyautogui("middleClick", SideClickParameters),
            Pyautogui("doubleClick", MultiClickParameters),
            Pyautogui("tripleClick", MultiClickParameters),
            Pyautogui("moveTo", MoveToParameters),
            Pyautogui("moveRel", MoveRelParameters),
            Pyautogui("move", MoveRelParameters),
            Pyautogui("dragTo", DragToParameters),
            Pyautogui("dragRel", DragRelParameters),
            Pyautogui("drag", DragRelParameters),
            Pyautogui("mouseDown", MouseButtonParameters),
            Pyautogui("mouseUp", MouseButtonParameters),
            Pyautogui("scroll", ScrollParameters, required: 1),
            Pyautogui("hscroll", ScrollParameters, required: 1),
            Pyautogui("vscroll", ScrollParameters, required: 1),
            Pyautogui("keyDown", KeyParameters, required: 1),
            Pyautogui("keyUp", KeyParameters, required: 1),
            Pyautogui("press", ["keys", "presses", "interval", "logScreenshot", "_pause"], required: 1),
            Pyautogui("typewrite", ["message", "interval", "logScreenshot", "_pause"], required: 1),
            Pyautogui("write", ["message", "interval", "logScreenshot", "_pause"], required: 1),
            new("pyautogui.hotkey", [], VariadicName: "args", KeywordOnly: ["interval", "logScreenshot", "_pause", .. CommonKeywordOnly]),
            new("pyautogui.shortcut", [], VariadicName: "args", KeywordOnly: ["interval", "logScreenshot", "_pause", .. CommonKeywordOnly]),
            Pyautogui("sleep", ["seconds"], required: 1),
            new("time.sleep", ["secs"], RequiredCount: 1),
            new("print", [], VariadicName: "args", KeywordOnly: ["sep", "end", "flush"]),
            new(ClipboardCopy, ["text"], RequiredCount: 1),
        };
        return functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    private static PyAutoGuiFunction Pyautogui(string name, string[] parameters, int required = 0) =>
        new(PythonSubsetParser.Pyautogui + "." + name, parameters, required, KeywordOnly: CommonKeywordOnly);
}

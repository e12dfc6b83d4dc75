namespace Deskbench.Tasks.OmniAct;

/// <summary>One OmniACT item of a split: a screenshot, a task, the gold script and the element boxes.</summary>
/// <param name="Index">The split key ("0".."N-1").</param>
/// <param name="Split">"train", "val" or "test".</param>
/// <param name="Platform">"desktop" or "web" (from the task path).</param>
/// <param name="App">The app or website folder name.</param>
/// <param name="Instruction">The text after "Task:".</param>
/// <param name="TaskFileText">The whole task file, as the scorer reads it.</param>
/// <param name="GoldScript">The gold pyautogui lines after "Output Script:" (as written).</param>
/// <param name="TaskPath">Absolute path of the task file.</param>
/// <param name="ScreenshotPath">Absolute path of the screenshot that exists on disk (web names fixed up).</param>
/// <param name="BoxPath">Absolute path of the box file that exists on disk (web names fixed up).</param>
/// <param name="Boxes">The element boxes (evaluation metadata; not to be shown to an agent on the test split).</param>
/// <param name="OcrPath">The OCR side file when present.</param>
/// <param name="ColorPath">The DetACT colour side file when present.</param>
/// <param name="IconPath">The DetACT icon side file when present.</param>
public sealed record OmniActTask(
    string Index,
    string Split,
    string Platform,
    string App,
    string Instruction,
    string TaskFileText,
    IReadOnlyList<string> GoldScript,
    string TaskPath,
    string ScreenshotPath,
    string BoxPath,
    IReadOnlyList<OmniActElementBox> Boxes,
    string? OcrPath,
    string? ColorPath,
    string? IconPath);

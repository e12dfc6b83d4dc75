namespace Deskbench.Evaluators.OmniAct;

/// <summary>The gold side of one OmniACT item, as the scorer needs it.</summary>
/// <param name="Id">The split index ("0".."N-1").</param>
/// <param name="App">The app or website folder name (e.g. "ibooks", "asics").</param>
/// <param name="Platform">"desktop" or "web".</param>
/// <param name="TaskFileText">The whole task file (the "Task:" line, "Output Script:" and the gold pyautogui lines).</param>
/// <param name="Boxes">The annotated element boxes of the screenshot.</param>
public sealed record OmniActGoldItem(string Id, string App, string Platform, string TaskFileText, IReadOnlyList<OmniActBox> Boxes);

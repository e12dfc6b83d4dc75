using Deskbench.Core.Actions;
using Deskbench.Core.Observations;

namespace Deskbench.Agents.OpenAI;

/// <summary>
/// System prompts of the <c>prompt</c> agent, chosen as OSWorld's PromptAgent chooses them: by what the agent is shown
/// (screenshot, accessibility tree, both, set-of-marks) and what it writes (pyautogui code or computer_13 JSON).
/// </summary>
internal static class PromptSystemPrompts
{
    private const string SpecialWords = """
        Besides actions you may return these special codes, alone in a code block:
        When you think you have to wait for some time, return ```WAIT```;
        When you think the task can not be done, return ```FAIL```, don't easily say ```FAIL```, try your best to do the task;
        When you think the task is done, return ```DONE```.
        """;

    public static string For(ObservationType type, string actionSpace, string instruction)
    {
        var shown = type switch
        {
            ObservationType.Screenshot => "For each step, you will get an observation of an image, which is the screenshot of the computer screen, and you will predict the action of the computer based on the image.",
            ObservationType.A11yTree => "For each step, you will get an observation of the desktop by the accessibility tree, which is based on the AT-SPI library, and you will predict the action of the computer based on the accessibility tree.",
            ObservationType.ScreenshotA11yTree => "For each step, you will get an observation of the desktop by 1) a screenshot and 2) the accessibility tree, which is based on the AT-SPI library, and you will predict the action of the computer based on them.",
            _ => "For each step, you will get an observation of the desktop by 1) a screenshot with interactable elements marked with numerical tags and 2) the accessibility tree table of those elements, and you will predict the action of the computer based on them. You may use tag_N in your code to refer to the centre of the element tagged N, e.g. pyautogui.click(tag_2).",
        };
        var writes = actionSpace == ActionSpaces.Computer13
            ? """
              You are required to use the following action space; return one or more actions as JSON objects, each in its own ```json``` code block:
              {"action_type": "MOVE_TO" | "CLICK" | "MOUSE_DOWN" | "MOUSE_UP" | "RIGHT_CLICK" | "DOUBLE_CLICK" | "DRAG_TO" | "SCROLL" | "TYPING" | "PRESS" | "KEY_DOWN" | "KEY_UP" | "HOTKEY", "parameters": {...}}
              Parameters: MOVE_TO/DRAG_TO {"x", "y"}; CLICK {"button": "left"|"right"|"middle", "x", "y", "num_clicks"} (all optional); MOUSE_DOWN/MOUSE_UP {"button"}; RIGHT_CLICK/DOUBLE_CLICK {"x", "y"} (optional);
              SCROLL {"dx", "dy"} (wheel clicks, positive dy scrolls up); TYPING {"text"}; PRESS/KEY_DOWN/KEY_UP {"key"}; HOTKEY {"keys": [...]}; key names are pyautogui's.
              """
            : """
              You are required to use `pyautogui` to perform the action grounded to the observation, but DO NOT use the `pyautogui.locateCenterOnScreen` function to locate the element you want to operate with since we have no image of the element you want to operate with. DO NOT USE `pyautogui.screenshot()` to make screenshot.
              Return one line or multiple lines of python code to perform the action each time, be time efficient. When predicting multiple lines of code, make some small sleep like `time.sleep(0.5);` interval so that the machine could take breaks. Each time you need to predict a complete code, no variables or function can be shared from history.
              You need to specify the coordinates by yourself based on your observation of the current observation, but you should be careful to ensure that the coordinates are correct.
              You ONLY need to return the code inside a code block, like this:
              ```python
              # your code here
              ```
              """;
        return $"""
            You are an agent which follow my instruction and perform desktop computer tasks as instructed.
            You have good knowledge of computer and good internet connection and assume your code will run on a computer for controlling the mouse and keyboard.
            {shown}
            {writes}
            {SpecialWords}
            First give the current observation and previous things we did a short reflection, then RETURN ME THE CODE OR SPECIAL CODE I ASKED FOR. NEVER EVER RETURN ME ANYTHING ELSE.
            You are asked to complete the following task: {instruction}
            """;
    }

    /// <summary>The text of the user turn that shows one observation.</summary>
    public static string Observation(ObservationType type, string? tree) => type switch
    {
        ObservationType.Screenshot => "Given the screenshot as below. What's the next step that you will do to help with the task?",
        ObservationType.A11yTree => $"Given the info from accessibility tree as below:\n{tree}\nWhat's the next step that you will do to help with the task?",
        ObservationType.ScreenshotA11yTree => $"Given the screenshot and info from accessibility tree as below:\n{tree}\nWhat's the next step that you will do to help with the task?",
        _ => $"Given the tagged screenshot and info from accessibility tree as below:\n{tree}\nWhat's the next step that you will do to help with the task?",
    };
}

namespace Deskbench.Core.Actions.Translation;

/// <summary>A translator whose input may refer to what the agent was shown (e.g. pyautogui's <c>tag_N</c> set-of-marks variables).</summary>
public interface IContextualActionTranslator : IActionTranslator
{
    IReadOnlyList<DesktopAction> Translate(AgentAction action, ActionTranslationContext context);
}

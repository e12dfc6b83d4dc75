namespace Deskbench.Agents.Anthropic;

/// <summary>The system prompt of the computer-use loop, after Anthropic's reference implementation, plus how to finish.</summary>
internal static class AnthropicSystemPrompt
{
    public static string Build(AnthropicAgentSettings settings, DateOnly today) =>
        $"""
        <SYSTEM_CAPABILITY>
        * You are utilising a Linux desktop with internet access through the `computer` tool; act as a careful human user would.
        * The screen is shown as screenshots; use the `computer` tool's mouse and keyboard actions to operate the applications.
        * When an application takes time to load or respond, take another screenshot before acting again.
        * The current date is {today:dddd, MMMM d, yyyy}.
        </SYSTEM_CAPABILITY>
        <FINISHING>
        * When the task is complete, stop calling tools and answer with the single word DONE.
        * If the task cannot be done in this environment, stop calling tools and answer with the single word FAIL.
        </FINISHING>
        {settings.SystemPromptSuffix}
        """.TrimEnd();
}

using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Translates OSWorld pyautogui actions — Python code strings, <c>{"command": code}</c> objects, or WAIT/DONE/FAIL —
/// into typed actions without running Python. The code is parsed as the straight-line subset agents write (see
/// <see cref="PythonSubsetParser"/>); pyautogui mouse and keyboard calls and <c>time.sleep</c> become actions in order.
/// <para>
/// Shifted characters: <c>write('a&lt;b&gt;c')</c> keeps its text verbatim in a <see cref="TypeTextAction"/> and
/// <c>press('&lt;')</c> stays a <see cref="KeyPressAction"/> with key <c>&lt;</c>; the guest maps each character to its
/// keysym with shift, so OSWorld's rewrite to <c>hotkey("shift", ",")</c> (pyautogui issue #198) is not needed.
/// Characters pyautogui's X11 backend silently skips (non-ASCII text) are typed too.
/// </para>
/// <para>
/// Clipboard typing: <c>pyperclip.copy(text)</c> directly followed by <c>pyautogui.hotkey('ctrl', 'v')</c> (how UI-TARS
/// types) becomes a <see cref="TypeTextAction"/> of the text; the clipboard is left unchanged.
/// </para>
/// Anything the translator cannot represent — other Python, unknown functions or key names, bad arguments, syntax
/// errors — throws <see cref="ActionTranslationException"/> naming the line and what was expected; nothing is run.
/// </summary>
public sealed class PyAutoGuiTranslator(double waitSeconds = SpecialActionWords.DefaultWaitSeconds) : IContextualActionTranslator
{
    public string ActionSpace => ActionSpaces.PyAutoGui;

    public IReadOnlyList<DesktopAction> Translate(AgentAction action) => Translate(action, ActionTranslationContext.None);

    /// <summary>Translates one agent action; the code may use the set-of-marks variables <c>tag_N</c> of <paramref name="context"/>.</summary>
    public IReadOnlyList<DesktopAction> Translate(AgentAction action, ActionTranslationContext context)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(context);
        return action.Value switch
        {
            JsonValue value when value.TryGetValue(out string? code) => TranslateCode(code, context),
            JsonObject obj when obj["command"] is JsonValue command && command.TryGetValue(out string? code) => TranslateCode(code, context),
            JsonObject obj when obj["action_type"] is JsonValue type && type.TryGetValue(out string? word)
                && SpecialActionWords.TryTranslate(word, waitSeconds) is { } special => [special],
            _ => throw new ActionTranslationException(
                $"pyautogui: expected Python code as a string, a {{\"command\": \"<code>\"}} object, or WAIT/DONE/FAIL; got {Describe(action.Value)}"),
        };
    }

    /// <summary>Translates one code string (the whole action).</summary>
    public IReadOnlyList<DesktopAction> TranslateCode(string code) => TranslateCode(code, ActionTranslationContext.None);

    /// <summary>Translates one code string; <c>tag_N</c> names box N's centre of <paramref name="context"/>'s marks.</summary>
    public IReadOnlyList<DesktopAction> TranslateCode(string code, ActionTranslationContext context)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(context);
        if (SpecialActionWords.TryTranslate(code, waitSeconds) is { } special)
        {
            return [special];
        }

        var body = StripCodeFence(code);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ActionTranslationException("pyautogui: the action is empty; expected pyautogui code or WAIT/DONE/FAIL");
        }

        try
        {
            return PyAutoGuiCallTranslator.TranslateAll(PythonSubsetParser.Parse(body, context.Variables()), waitSeconds);
        }
        catch (ActionTranslationException e)
        {
            throw new ActionTranslationException("pyautogui: " + e.Message, e);
        }
    }

    /// <summary>Removes a Markdown fence (```python … ```) around the code, which some agents leave in.</summary>
    private static string StripCodeFence(string code)
    {
        var trimmed = code.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return code;
        }

        var firstNewline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        if (firstNewline < 0)
        {
            return trimmed.Trim('`');
        }

        var body = "\n" + trimmed[(firstNewline + 1)..]; // keep line numbers as the agent wrote them
        return body.TrimEnd().EndsWith("```", StringComparison.Ordinal) ? body.TrimEnd()[..^3] : body;
    }

    private static string Describe(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 120 ? text[..117] + "..." : text;
    }
}

using Deskbench.Core.Observations;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// What the agent was shown when it wrote the action, as far as translation needs it: the set-of-marks boxes, whose centres
/// pyautogui code may name as <c>tag_N</c> (OSWorld prepends <c>tag_N=(cx, cy)</c> to the code).
/// </summary>
public sealed record ActionTranslationContext(IReadOnlyList<ScreenMark> Marks)
{
    public static ActionTranslationContext None { get; } = new([]);

    public static ActionTranslationContext For(SetOfMarks? marks) => marks is null ? None : new ActionTranslationContext(marks.Marks);

    /// <summary>The variables the code starts with: <c>tag_N</c> → the tuple <c>(cx, cy)</c>.</summary>
    internal IReadOnlyDictionary<string, object?> Variables()
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var mark in Marks)
        {
            variables[mark.VariableName] = new object?[] { (long)mark.Center.X, (long)mark.Center.Y };
        }

        return variables;
    }
}

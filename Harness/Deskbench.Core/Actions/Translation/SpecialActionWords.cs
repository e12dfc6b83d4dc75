namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// OSWorld's special actions, valid in every action space as a bare string (possibly surrounded by whitespace) or as
/// a computer_13 <c>action_type</c>: WAIT (pause, then observe again), DONE (task complete), FAIL (task infeasible).
/// </summary>
public static class SpecialActionWords
{
    public const string Wait = "WAIT";
    public const string Done = "DONE";
    public const string Fail = "FAIL";

    /// <summary>How long WAIT pauses: OSWorld's <c>DesktopEnv.step</c> default <c>pause</c>.</summary>
    public const double DefaultWaitSeconds = 2.0;

    /// <summary>The action for a special word (exact, case-sensitive, surrounding whitespace ignored), or null.</summary>
    public static DesktopAction? TryTranslate(string? word, double waitSeconds = DefaultWaitSeconds) => word?.Trim() switch
    {
        Wait => new WaitAction(waitSeconds),
        Done => new DoneAction(),
        Fail => new FailAction(),
        _ => null,
    };
}

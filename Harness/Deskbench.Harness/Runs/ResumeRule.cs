using Deskbench.Core.Results;

namespace Deskbench.Harness.Runs;

/// <summary>
/// Which tasks a resumed run skips: a task with result.txt is finished; a task whose result.json says agent_error,
/// unsupported or timeout is final too; one whose result.json says infra_error or eval_error is rerun only when asked
/// (<c>--rerun-errors</c>); a task with no readable result runs.
/// </summary>
public static class ResumeRule
{
    /// <summary>True when a task with this recorded result (null = none) runs again.</summary>
    public static bool ShouldRun(EpisodeResult? recorded, bool rerunErrors) => recorded switch
    {
        null => true,
        { Status: EpisodeStatus.InfraError or EpisodeStatus.EvalError } => rerunErrors,
        _ => false,
    };
}

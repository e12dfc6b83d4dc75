using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Guest;
using Deskbench.Core.Results;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Episodes;

/// <summary>
/// Applies one agent action as OSWorld's step() does: DONE and FAIL end the episode, WAIT does nothing, anything else
/// is translated to typed actions and run by the guest. A translation error or a failed action is an outcome (shown to
/// the agent next step), not an exception; an unreachable guest throws.
/// </summary>
internal sealed class AgentActionExecutor(IActionTranslator translator, IGuestClient guest)
{
    /// <summary>What the agent was shown for the current step (set-of-marks boxes for <c>tag_N</c>); set by the loop before each step.</summary>
    public ActionTranslationContext Context { get; set; } = ActionTranslationContext.None;

    public async Task<ActionApplication> ApplyAsync(AgentAction action, int index, CancellationToken cancellationToken)
    {
        if (action.IsDone)
        {
            return new(new ActionOutcome(index, "done", true), new JsonObject { ["done"] = true }, true);
        }

        if (action.IsFail)
        {
            return new(new ActionOutcome(index, "fail", true), new JsonObject { ["fail"] = true }, true);
        }

        if (action.IsWait)
        {
            return new(new ActionOutcome(index, "wait", true), [], false);
        }

        IReadOnlyList<DesktopAction> typed;
        try
        {
            typed = translator is IContextualActionTranslator contextual && Context.Marks.Count > 0
                ? contextual.Translate(action, Context)
                : translator.Translate(action);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = $"cannot translate {translator.ActionSpace} action: {ex.Message}";
            return new(new ActionOutcome(index, "translate", false, error), new JsonObject { ["error"] = error }, false);
        }

        return await ExecuteAsync(typed, index, cancellationToken);
    }

    /// <summary>The reason a DONE/FAIL action ended the loop.</summary>
    public static FinishReason FinishReasonOf(ActionApplication application) =>
        application.Info.ContainsKey("fail") ? FinishReason.Fail : FinishReason.Done;

    private async Task<ActionApplication> ExecuteAsync(IReadOnlyList<DesktopAction> typed, int index, CancellationToken cancellationToken)
    {
        // A translator may spell DONE/FAIL as typed actions; they end the episode like the bare words.
        if (typed.Any(a => a is FailAction))
        {
            return new(new ActionOutcome(index, "fail", true), new JsonObject { ["fail"] = true }, true);
        }

        var runnable = typed.Where(a => a is not DoneAction).ToList();
        var done = runnable.Count != typed.Count;
        JsonObject info = done ? new() { ["done"] = true } : [];
        if (runnable.Count == 0)
        {
            return new(new ActionOutcome(index, done ? "done" : "noop", true), info, done);
        }

        var batch = await guest.ExecuteActionsAsync(runnable, cancellationToken);
        var failure = batch.Outcomes.FirstOrDefault(o => !o.Success);
        var ranAll = batch.Outcomes.Count >= runnable.Count;
        var error = failure?.Error ?? (ranAll ? null : $"only {batch.Outcomes.Count} of {runnable.Count} actions ran");
        if (error is not null)
        {
            info["error"] = failure is null ? error : $"{failure.Type}: {error}";
        }

        var type = string.Join(",", batch.Outcomes.Select(o => o.Type));
        var elapsed = batch.Outcomes.Sum(o => o.ElapsedMilliseconds);
        return new(new ActionOutcome(index, type.Length == 0 ? "actions" : type, error is null, error, elapsed), info, done);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Guest;
using Deskbench.Guest.Backend;

namespace Deskbench.Guest.Http;

/// <summary>
/// Executes a batch of typed actions in order through the input injector, stopping at the first failure: that action and every
/// later one are reported with <c>success=false</c> (the later ones with the error "not run").
/// </summary>
internal static class ActionBatchRunner
{
    public const string NotRun = "not run";

    public static async Task<IReadOnlyList<ActionOutcome>> RunAsync(
        JsonArray actions,
        IInputInjector input,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var outcomes = new List<ActionOutcome>(actions.Count);
        var failed = false;
        for (var index = 0; index < actions.Count; index++)
        {
            var node = actions[index];
            var type = (node as JsonObject)?["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : "unknown";
            if (failed)
            {
                outcomes.Add(new ActionOutcome(index, type, Success: false, NotRun));
                continue;
            }

            var started = timeProvider.GetTimestamp();
            string? error = null;
            try
            {
                var action = node.Deserialize<DesktopAction>(ActionJson.Options)
                    ?? throw new ArgumentException("the action is null");
                await input.ExecuteAsync(action, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException)
            {
                error = $"invalid action: {exception.Message}";
            }
            catch (Exception exception)
            {
                error = exception.Message;
            }

            failed = error is not null;
            outcomes.Add(new ActionOutcome(index, type, !failed, error, timeProvider.GetElapsedTime(started).TotalMilliseconds));
        }

        return outcomes;
    }
}

using Deskbench.Core.Agents;
using Deskbench.Core.Guest;
using Deskbench.Core.Observations;
using Microsoft.Extensions.Logging;

namespace Deskbench.Harness.Observations;

/// <summary>
/// Builds one step's <see cref="Observation"/> as OSWorld's <c>_get_obs()</c> plus its agent's preprocessing do: always the
/// screenshot; for <c>a11y_tree</c>, <c>screenshot_a11y_tree</c> and <c>som</c> also the raw XML tree (fetched concurrently);
/// the linearized, token-capped table (<c>a11y_tree</c>, <c>screenshot_a11y_tree</c>); for <c>som</c> the tagged screenshot,
/// its marks and its (capped) index table. Pass <see cref="Observation.Marks"/> to the translator
/// (<c>ActionTranslationContext.For(observation.Marks)</c>) so <c>tag_N</c> resolves.
/// A guest without an accessibility endpoint gives a null tree (logged), not a failed step.
/// </summary>
public sealed class ObservationBuilder(ObservationOptions options, ILogger<ObservationBuilder> logger)
{
    public ObservationOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public async Task<Observation> BuildAsync(
        IGuestClient guest,
        string instruction,
        int stepIndex,
        IReadOnlyList<ActionOutcome> previousResults,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guest);
        ArgumentNullException.ThrowIfNull(instruction);
        ArgumentNullException.ThrowIfNull(previousResults);
        var type = Options.Type;
        var screenshotTask = guest.GetScreenshotAsync(cancellationToken);
        var treeTask = type.NeedsAccessibilityTree() ? ReadTreeAsync(guest, cancellationToken) : Task.FromResult<string?>(null);
        var terminalTask = Options.IncludeTerminal ? ReadTerminalAsync(guest, cancellationToken) : Task.FromResult<string?>(null);
        var screenshot = await screenshotTask.ConfigureAwait(false);
        var tree = await treeTask.ConfigureAwait(false);
        var terminal = await terminalTask.ConfigureAwait(false);

        var observation = new Observation
        {
            Instruction = instruction,
            Screenshot = screenshot,
            AccessibilityTree = tree,
            Terminal = terminal,
            StepIndex = stepIndex,
            PreviousResults = previousResults,
            Type = type,
        };
        if (tree is null || type == ObservationType.Screenshot)
        {
            return observation;
        }

        if (type == ObservationType.SetOfMarks)
        {
            var tagged = await Task.Run(
                () => SetOfMarksRenderer.Draw(screenshot, SetOfMarksCandidates.From(tree, Options.Platform)), cancellationToken).ConfigureAwait(false);
            return observation with
            {
                SetOfMarksScreenshot = tagged.Png,
                Marks = tagged.Marks,
                LinearizedAccessibilityTree = AccessibilityTreeTrimmer.Trim(tagged.Marks.Table, Options.A11yTreeMaxTokens),
            };
        }

        var table = AccessibilityTreeLinearizer.Linearize(tree, Options.Platform);
        return observation with { LinearizedAccessibilityTree = AccessibilityTreeTrimmer.Trim(table, Options.A11yTreeMaxTokens) };
    }

    private async Task<string?> ReadTreeAsync(IGuestClient guest, CancellationToken cancellationToken)
    {
        try
        {
            return await guest.GetAccessibilityTreeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NotSupportedException e)
        {
            logger.LogWarning("No accessibility tree for the observation: {Reason}", e.Message);
            return null;
        }
    }

    private async Task<string?> ReadTerminalAsync(IGuestClient guest, CancellationToken cancellationToken)
    {
        try
        {
            return await guest.GetTerminalOutputAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NotSupportedException e)
        {
            logger.LogWarning("No terminal output for the observation: {Reason}", e.Message);
            return null;
        }
    }
}

using Deskbench.Core.Guest;
using Deskbench.Core.Observations;

namespace Deskbench.Core.Agents;

/// <summary>What the agent sees at one step (OSWorld's <c>_get_obs()</c> plus the step index and last step's outcomes).</summary>
public sealed record Observation
{
    public required string Instruction { get; init; }
    /// <summary>PNG bytes of the full screen, cursor drawn in.</summary>
    public required byte[] Screenshot { get; init; }
    public string? AccessibilityTree { get; init; }
    public string? Terminal { get; init; }
    public required int StepIndex { get; init; }
    /// <summary>Outcome of each action of the previous step, including translation errors, so an agent can correct itself.</summary>
    public IReadOnlyList<ActionOutcome> PreviousResults { get; init; } = [];

    /// <summary>The run's observation type (OSWorld's <c>observation_type</c>); null when the runner did not say.</summary>
    public ObservationType? Type { get; init; }

    /// <summary>
    /// The accessibility tree as OSWorld's agents show it: the filtered, linearized table (<see cref="AccessibilityTreeLinearizer"/>),
    /// capped at the run's token budget; for <c>som</c>, the set-of-marks index table. Null when the type shows no tree.
    /// </summary>
    public string? LinearizedAccessibilityTree { get; init; }

    /// <summary>For <c>som</c>: PNG of the screenshot with the numbered boxes drawn on it (<see cref="Screenshot"/> stays plain).</summary>
    public byte[]? SetOfMarksScreenshot { get; init; }

    /// <summary>For <c>som</c>: the boxes, whose centres pyautogui code may name as <c>tag_N</c>.</summary>
    public SetOfMarks? Marks { get; init; }

    /// <summary>
    /// Extra text inputs by name, when the suite has them and the run asks for them (OmniACT's OCR and DetACT side files:
    /// <c>ocr</c>, <c>color</c>, <c>icon</c>). Empty otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, string> SideFiles { get; init; } = new Dictionary<string, string>();
}

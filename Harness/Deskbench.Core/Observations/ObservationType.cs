namespace Deskbench.Core.Observations;

/// <summary>What the agent is shown at each step: OSWorld's <c>observation_type</c> (see <see cref="ObservationTypes"/> for the names).</summary>
public enum ObservationType
{
    /// <summary><c>screenshot</c>: the screenshot only.</summary>
    Screenshot,

    /// <summary><c>a11y_tree</c>: the linearized accessibility tree only.</summary>
    A11yTree,

    /// <summary><c>screenshot_a11y_tree</c>: the screenshot and the linearized accessibility tree.</summary>
    ScreenshotA11yTree,

    /// <summary><c>som</c>: the screenshot with numbered boxes (set-of-marks) and their index table.</summary>
    SetOfMarks,
}

using System.Diagnostics.CodeAnalysis;

namespace Deskbench.Core.Observations;

/// <summary>OSWorld's names of the observation types (<c>--observation_type</c>, and the segment of the results path).</summary>
public static class ObservationTypes
{
    public const string ScreenshotName = "screenshot";
    public const string A11yTreeName = "a11y_tree";
    public const string ScreenshotA11yTreeName = "screenshot_a11y_tree";
    public const string SetOfMarksName = "som";

    /// <summary>All names, in OSWorld's order.</summary>
    public static IReadOnlyList<string> Names { get; } = [ScreenshotName, A11yTreeName, ScreenshotA11yTreeName, SetOfMarksName];

    /// <summary>The OSWorld name of <paramref name="type"/>.</summary>
    public static string ToName(this ObservationType type) => type switch
    {
        ObservationType.Screenshot => ScreenshotName,
        ObservationType.A11yTree => A11yTreeName,
        ObservationType.ScreenshotA11yTree => ScreenshotA11yTreeName,
        ObservationType.SetOfMarks => SetOfMarksName,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown observation type"),
    };

    public static bool TryParse(string? name, [NotNullWhen(true)] out ObservationType? type)
    {
        type = name switch
        {
            ScreenshotName => ObservationType.Screenshot,
            A11yTreeName => ObservationType.A11yTree,
            ScreenshotA11yTreeName => ObservationType.ScreenshotA11yTree,
            SetOfMarksName => ObservationType.SetOfMarks,
            _ => null,
        };
        return type is not null;
    }

    /// <summary>The type named <paramref name="name"/>; an unknown name throws, listing the known ones.</summary>
    public static ObservationType Parse(string name) =>
        TryParse(name, out var type)
            ? type.Value
            : throw new ArgumentException($"unknown observation type '{name}'; expected one of {string.Join(", ", Names)}", nameof(name));

    /// <summary>True when the type needs the accessibility tree from the guest (OSWorld's <c>require_a11y_tree</c>).</summary>
    public static bool NeedsAccessibilityTree(this ObservationType type) => type is not ObservationType.Screenshot;

    /// <summary>True when the agent is shown a screenshot (plain or tagged).</summary>
    public static bool ShowsScreenshot(this ObservationType type) => type is not ObservationType.A11yTree;
}

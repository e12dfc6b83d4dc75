using Deskbench.Core.Observations;

namespace Deskbench.Harness.Observations;

/// <summary>How <see cref="ObservationBuilder"/> turns guest state into what the agent sees.</summary>
public sealed record ObservationOptions
{
    /// <summary>OSWorld's <c>observation_type</c> for the run.</summary>
    public ObservationType Type { get; init; } = ObservationType.Screenshot;

    /// <summary>OSWorld's <c>a11y_tree_max_tokens</c>: the cap of the linearized tree (GPT-4 tokens).</summary>
    public int A11yTreeMaxTokens { get; init; } = AccessibilityTreeTrimmer.DefaultMaxTokens;

    /// <summary>The tree's dialect (OSWorld's agent <c>platform</c>).</summary>
    public AccessibilityPlatform Platform { get; init; } = AccessibilityPlatform.Ubuntu;

    /// <summary>OSWorld's <c>require_terminal</c>: also read <c>GET /terminal</c>.</summary>
    public bool IncludeTerminal { get; init; }
}

namespace Deskbench.Evaluators.OmniAct;

/// <summary>How OmniACT predictions are scored. Every report names the mode it was computed in.</summary>
public enum OmniActScoringMode
{
    /// <summary>Reproduces the official eval.py exactly, quirks included; use it for numbers comparable with published ones.</summary>
    Official,

    /// <summary>Fixes the documented bugs of the official script (see <see cref="OmniActFix"/>); not comparable with published numbers.</summary>
    Corrected,
}

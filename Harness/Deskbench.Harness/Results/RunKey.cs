namespace Deskbench.Harness.Results;

/// <summary>
/// What names a run's results folder in OSWorld's layout: <c>&lt;results&gt;/&lt;action_space&gt;/&lt;observation_type&gt;/&lt;model&gt;/</c>.
/// </summary>
public sealed record RunKey(string ActionSpace, string ObservationType, string Model)
{
    /// <summary>The run folder relative to the results root, each part made safe as a folder name.</summary>
    public string RelativePath => Path.Combine(
        PathSegment.Sanitize(ActionSpace),
        PathSegment.Sanitize(ObservationType),
        PathSegment.Sanitize(Model));
}

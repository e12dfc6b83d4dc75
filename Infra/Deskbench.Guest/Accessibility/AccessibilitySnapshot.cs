namespace Deskbench.Guest.Accessibility;

/// <summary>
/// One read of the desktop's accessibility tree: one element per application (in the registry's order), the OSWorld XML,
/// and the bus names of applications that did not answer in time (written as <c>&lt;application name=""
/// deskbench-timeout="true" deskbench-bus=":1.23"/&gt;</c> without a subtree).
/// </summary>
public sealed record AccessibilitySnapshot(IReadOnlyList<AccessibleElement> Applications, IReadOnlyList<string> TimedOut)
{
    public string ToXml() => AccessibilityXmlWriter.Write(Applications);

    /// <summary>Every element below the root, depth first.</summary>
    public IEnumerable<AccessibleElement> Elements => Applications.SelectMany(a => a.DescendantsAndSelf());
}

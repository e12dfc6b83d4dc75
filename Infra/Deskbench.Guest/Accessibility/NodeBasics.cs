namespace Deskbench.Guest.Accessibility;

/// <summary>
/// What decides how a node is read: name, role number, interfaces, state mask (from the cache or asked) and, where the
/// cache knows it, the child count.
/// </summary>
internal sealed record NodeBasics(string Name, uint Role, IReadOnlyCollection<string> Interfaces, ulong States, int? ChildCount)
{
    public bool Implements(string @interface) => Interfaces.Contains(@interface);
}

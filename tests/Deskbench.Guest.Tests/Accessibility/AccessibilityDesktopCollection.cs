namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>The accessibility tests share one desktop and run one after another on it.</summary>
[CollectionDefinition(Name)]
public sealed class AccessibilityDesktopCollection : ICollectionFixture<AccessibilityDesktopFixture>
{
    public const string Name = "accessibility desktop";
}

namespace Deskbench.Guest.Tests.Linux;

/// <summary>The Linux desktop tests share one display and run one at a time (they move the pointer and focus).</summary>
[CollectionDefinition(Name)]
public sealed class X11DesktopCollection : ICollectionFixture<X11DesktopFixture>
{
    public const string Name = "X11 desktop";
}

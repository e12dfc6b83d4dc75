using Deskbench.Guest.Tests.Http;

namespace Deskbench.Guest.Tests.Observations;

/// <summary>The wallpaper tests get a desktop of their own: a painted root window would change what other tests' screenshots show.</summary>
[CollectionDefinition(Name)]
public sealed class WallpaperDesktopCollection : ICollectionFixture<GuestDesktopFixture>
{
    public const string Name = "guest wallpaper desktop";
}

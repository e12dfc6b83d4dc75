namespace Deskbench.Guest.Http;

/// <summary>The wallpaper image the guest last painted on the desktop (set by <c>/setup/change_wallpaper</c>).</summary>
internal sealed class WallpaperState
{
    private volatile string? _path;

    public string? Path
    {
        get => _path;
        set => _path = value;
    }
}

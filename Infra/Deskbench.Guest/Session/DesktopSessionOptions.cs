namespace Deskbench.Guest.Session;

/// <summary>How to start a desktop session: which display (null picks a free one), the screen size, how long each part may take.</summary>
public sealed record DesktopSessionOptions(
    XDisplayName? Display = null,
    int Width = 1920,
    int Height = 1080,
    TimeSpan? ReadyTimeout = null,
    bool StartAccessibilityBus = true)
{
    /// <summary>The first display number tried when <see cref="Display"/> is null.</summary>
    public const int FirstAutomaticDisplay = 100;

    public TimeSpan EffectiveReadyTimeout => ReadyTimeout ?? TimeSpan.FromSeconds(20);
}

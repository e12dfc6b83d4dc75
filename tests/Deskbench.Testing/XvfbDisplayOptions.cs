namespace Deskbench.Testing;

/// <summary>How <see cref="XvfbDisplay"/> starts its X server.</summary>
public sealed record XvfbDisplayOptions
{
    public int Width { get; init; } = 1920;

    public int Height { get; init; } = 1080;

    public int Depth { get; init; } = 24;

    /// <summary>Start openbox and wait until it manages the screen (EWMH <c>_NET_SUPPORTING_WM_CHECK</c> set).</summary>
    public bool WindowManager { get; init; } = true;

    /// <summary>How long the server (and the window manager) get to become ready.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(20);
}

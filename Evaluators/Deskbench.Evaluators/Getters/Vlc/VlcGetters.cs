namespace Deskbench.Evaluators.Getters.Vlc;

/// <summary>OSWorld's <c>getters/vlc.py</c>.</summary>
public static class VlcGetters
{
    public static IReadOnlyList<IGetter> All { get; } = [new VlcConfigGetter(), new VlcPlayingInfoGetter(), new DefaultVideoPlayerGetter()];
}

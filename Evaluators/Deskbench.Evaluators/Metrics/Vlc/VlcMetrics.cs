namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>OSWorld's <c>metrics/vlc.py</c> (all but <c>compare_images</c>, which the documents project provides).</summary>
public static class VlcMetrics
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        new IsVlcPlayingMetric(), new IsVlcRecordingsFolderMetric(), new IsVlcFullscreenMetric(),
        new CompareAudiosMetric(), new CompareVideosMetric(),
        VlcConfigSettingMetric.QtBgCone, VlcConfigSettingMetric.QtMaxVolume, VlcConfigSettingMetric.QtMinimalView,
        VlcConfigSettingMetric.OneInstanceWhenStartedFromFile, VlcConfigSettingMetric.PlayAndExit,
        new CheckQtSliderColoursMetric(), new CheckGlobalKeyPlayPauseMetric(),
    ];
}

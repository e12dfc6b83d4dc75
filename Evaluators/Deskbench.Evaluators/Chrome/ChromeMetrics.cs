using Deskbench.Evaluators.Chrome.Metrics;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// The metrics of OSWorld's metrics/chrome.py that do not compare documents (compare_pdfs, compare_htmls, compare_archive
/// and compare_pdf_images belong to the documents project).
/// </summary>
public static class ChromeMetrics
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        new IsExpectedActiveTabMetric(),
        new IsExpectedActiveTabApproximateMetric(),
        new IsExpectedUrlPatternMatchMetric(),
        new IsExpectedInstalledExtensionsMetric(),
        new IsExpectedTabsMetric(),
        new IsExpectedBookmarksMetric(),
        new IsExpectedSearchQueryMetric(),
        new IsCookieDeletedMetric(),
        new IsShortcutOnDesktopMetric(),
        new CheckHistoryDeletedMetric(),
        new CheckEnabledExperimentsMetric(),
        new CheckFontSizeMetric(),
        new IsAddedToSteamCartMetric(),
    ];
}

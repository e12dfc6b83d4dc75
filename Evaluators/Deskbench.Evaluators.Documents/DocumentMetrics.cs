using Deskbench.Evaluators.Documents.Metrics;

namespace Deskbench.Evaluators.Documents;

/// <summary>The document and image metrics of this project, to add to a <see cref="MetricRegistry"/> at composition time.</summary>
public static class DocumentMetrics
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        .. Metrics.DocsMetrics.All,
        .. Metrics.SlidesMetrics.All,
        .. Metrics.GimpMetrics.All,
        .. Metrics.MoreGimpMetrics.All,
        .. Metrics.MoreOfficeMetrics.All,
        new CompareTableMetric(),
        new FuzzyPlaceMathMetric(),
        new CompareCsvMetric(),
        new ComparePptxFilesMetric(),
        new CheckTransitionMetric(),
        new CheckImageStretchAndCenterMetric(),
        new CompareDocxFilesMetric(),
        new CompareDocxTablesMetric(),
        new CompareLineSpacingMetric(),
        new CheckTabstopsMetric(),
        new EvaluateColoredWordsInTablesMetric(),
        new CompareImagesMetric(),
        new CheckStructureSimMetric(),
        new CheckStructureSimWithThresholdMetric(),
        new CheckBrightnessDecreaseAndStructureSimMetric(),
        new CompareImageListMetric(),
        new ComparePdfsMetric(),
        new ComparePdfImagesMetric(),
        new CheckPdfPagesMetric(),
        new CompareArchiveMetric(),
        new CheckMp3MetaMetric(),
        new CompareConferenceCityInOrderMetric(),
        new CompareEpubMetric(),
        new CompareHtmlsMetric(),
        new CompareImageTextMetric(),
    ];
}

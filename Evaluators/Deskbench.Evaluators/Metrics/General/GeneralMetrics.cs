namespace Deskbench.Evaluators.Metrics.General;

/// <summary>The file-reading metrics of OSWorld's <c>metrics/general.py</c>, plus gimp.py's text <c>check_config_status</c>.</summary>
public static class GeneralMetrics
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        new CheckCsvMetric(), new RunSqlite3Metric(), new IsIncludedAllJsonObjectsMetric(), new CompareTimeInSpeedtestResultsMetric(),
        new CompareTerminalAndTxtMetric(), new ComparePythonPureTextMetric(), new CheckConfigStatusMetric(),
    ];
}

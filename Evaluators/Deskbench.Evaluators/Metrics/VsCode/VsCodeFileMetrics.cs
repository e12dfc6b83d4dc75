namespace Deskbench.Evaluators.Metrics.VsCode;

/// <summary>The vscode.py metrics that run code or compare archives and HTML.</summary>
public static class VsCodeFileMetrics
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        new CheckPythonFileByTestSuiteMetric(), new CheckPythonFileByGoldFileMetric(), new CompareZipFilesMetric(), new CheckHtmlBackgroundImageMetric(),
    ];
}

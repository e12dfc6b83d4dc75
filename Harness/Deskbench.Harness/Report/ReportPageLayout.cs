namespace Deskbench.Harness.Report;

/// <summary>
/// Where each page of the site lives. One run: <c>tasks/&lt;domain&gt;/&lt;task_id&gt;.html</c>; several runs:
/// <c>runs/&lt;n&gt;/tasks/&lt;domain&gt;/&lt;task_id&gt;.html</c>. Each task page has its data beside it
/// (<c>&lt;task_id&gt;.data.js</c>); the index's data is <c>data/index.js</c>.
/// </summary>
public sealed class ReportPageLayout(string outputDirectory, int runCount)
{
    public string OutputDirectory { get; } = Path.GetFullPath(outputDirectory);

    public string IndexPath => Path.Combine(OutputDirectory, "index.html");

    public string IndexDataPath => Path.Combine(OutputDirectory, "data", "index.js");

    public string AssetsDirectory => Path.Combine(OutputDirectory, "assets");

    public string TaskPagePath(int runIndex, ReportTask task) =>
        Path.Combine(TaskFolder(runIndex, task), Path.GetFileName(task.Directory) + ".html");

    public string TaskDataPath(int runIndex, ReportTask task) =>
        Path.Combine(TaskFolder(runIndex, task), Path.GetFileName(task.Directory) + ".data.js");

    /// <summary>"../" as many times as <paramref name="pagePath"/> is below the site root.</summary>
    public string RootPrefixOf(string pagePath)
    {
        var relative = Path.GetRelativePath(OutputDirectory, Path.GetDirectoryName(pagePath)!);
        if (relative == ".")
        {
            return string.Empty;
        }

        return string.Concat(Enumerable.Repeat("../", relative.Split(Path.DirectorySeparatorChar).Length));
    }

    private string TaskFolder(int runIndex, ReportTask task)
    {
        var domainFolder = Path.GetFileName(Path.GetDirectoryName(task.Directory)!);
        var runRoot = runCount > 1
            ? Path.Combine(OutputDirectory, "runs", (runIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : OutputDirectory;
        return Path.Combine(runRoot, "tasks", domainFolder);
    }
}

namespace Deskbench.Harness.Report;

/// <summary>The site's static files (report.css, report.js, task.js), embedded in this assembly and copied into <c>assets/</c>.</summary>
public static class ReportAssets
{
    private const string ResourcePrefix = "Deskbench.Harness.Report.Assets.";

    public static IReadOnlyList<string> FileNames { get; } = ["report.css", "report.js", "task.js"];

    public static async Task CopyToAsync(string assetsDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(assetsDirectory);
        var assembly = typeof(ReportAssets).Assembly;
        foreach (var name in FileNames)
        {
            var resource = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException($"embedded report asset '{name}' is missing from {assembly.GetName().Name}");
            await using (resource)
            {
                var target = new FileStream(Path.Combine(assetsDirectory, name), FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await using (target)
                {
                    await resource.CopyToAsync(target, cancellationToken);
                }
            }
        }
    }
}

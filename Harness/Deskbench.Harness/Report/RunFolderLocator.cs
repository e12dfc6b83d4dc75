using Deskbench.Harness.Results;

namespace Deskbench.Harness.Report;

/// <summary>
/// Finds the run folders (folders holding <c>run.json</c>) of a results path: the path itself when it is a run folder,
/// else every run folder up to three levels below it (<c>&lt;action_space&gt;/&lt;observation_type&gt;/&lt;model&gt;</c>).
/// </summary>
public static class RunFolderLocator
{
    private const int MaxDepth = 3;

    public static IReadOnlyList<string> Find(string resultsPath, string? excludedDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resultsPath);
        var root = Path.GetFullPath(resultsPath);
        if (!Directory.Exists(root))
        {
            throw new ReportInputException($"results folder '{resultsPath}' does not exist");
        }

        if (File.Exists(Path.Combine(root, ResultStore.RunManifestFile)))
        {
            return [root];
        }

        var excluded = excludedDirectory is null ? null : Path.GetFullPath(excludedDirectory);
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = MaxDepth, IgnoreInaccessible = true };
        var runs = Directory.EnumerateFiles(root, ResultStore.RunManifestFile, options)
            .Select(file => Path.GetDirectoryName(file)!)
            .Where(folder => excluded is null || !IsInside(folder, excluded))
            .Order(StringComparer.Ordinal)
            .ToList();
        return runs.Count > 0
            ? runs
            : throw new ReportInputException(
                $"no run data in '{resultsPath}': expected {ResultStore.RunManifestFile} in it or in <action_space>/<observation_type>/<model>/ below it");
    }

    private static bool IsInside(string folder, string parent) =>
        folder.Equals(parent, StringComparison.Ordinal) ||
        folder.StartsWith(parent.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

using Deskbench.Harness.Export;

namespace Deskbench.Cli.Commands;

/// <summary>Finds the run folders a RESULTS argument names, or fails with one clear error line.</summary>
internal static class ExportRunFolders
{
    /// <summary>Every run folder at <paramref name="path"/> (a results root or one run folder); at least one.</summary>
    public static IReadOnlyList<RunFolder> FindAll(string path, string argument)
    {
        if (!Directory.Exists(path))
        {
            throw new CliException($"{argument} '{path}': no such folder");
        }

        var runs = RunFolderReader.FindAll(path);
        return runs.Count > 0
            ? runs
            : throw new CliException(
                $"{argument} '{path}': no results found (expected a run folder with run.json or <domain>/<task>/result.json, " +
                "or a results root holding <action_space>/<observation_type>/<model> run folders)");
    }

    /// <summary>Exactly one run folder at <paramref name="path"/>.</summary>
    public static RunFolder FindOne(string path, string argument)
    {
        var runs = FindAll(path, argument);
        return runs.Count == 1
            ? runs[0]
            : throw new CliException(
                $"{argument} '{path}' holds {runs.Count} runs ({string.Join(", ", runs.Select(r => r.Label))}); name one run folder");
    }
}

using Deskbench.Core.Results;
using Deskbench.Harness.Results;
using System.Text;
using System.Text.Json;

namespace Deskbench.Harness.Export;

/// <summary>
/// The <c>osworld</c> export: <c>all_result.json</c> as OSWorld's show_result.py writes it, <c>{domain: {task_id: score}}</c>
/// over the scored (finished) tasks, scores as Python floats — JSON that is also a Python dict literal.
/// </summary>
public static class OsWorldAllResult
{
    public const string FileName = "all_result.json";

    public static string ToJson(RunFolder run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder("{");
        var domains = run.Tasks.Where(t => t.IsScored).GroupBy(t => t.Domain, StringComparer.Ordinal).ToList();
        for (var d = 0; d < domains.Count; d++)
        {
            text.Append(d == 0 ? "" : ", ").Append(JsonSerializer.Serialize(domains[d].Key)).Append(": {");
            text.AppendJoin(", ", domains[d].Select(t => JsonSerializer.Serialize(t.TaskId) + ": " + PythonFloat.Format(t.Score ?? 0)));
            text.Append('}');
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>Writes all_result.json into <paramref name="directory"/> (created when missing); returns its path.</summary>
    public static async Task<string> WriteAsync(RunFolder run, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(Path.GetFullPath(directory), FileName);
        await AtomicFile.WriteAllTextAsync(path, ToJson(run), cancellationToken);
        return path;
    }
}

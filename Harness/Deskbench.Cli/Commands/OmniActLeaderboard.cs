using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Cli.Commands;

/// <summary>
/// The leaderboard export of OmniACT results: every <c>omniact/&lt;split&gt;/&lt;mode&gt;/&lt;model&gt;/report.json</c> under a
/// results folder, as one JSON document (schema <c>deskbench-omniact-leaderboard/1</c>, docs/leaderboard-omniact.md): per
/// run the split, scoring mode, model, and the Sequence Score, Action Score and penalties overall, per platform and per
/// app, with the fixes a corrected run applied. Per-item scores stay in the reports.
/// </summary>
internal static class OmniActLeaderboard
{
    public const string SchemaName = "deskbench-omniact-leaderboard/1";

    /// <summary>The report.json files under <paramref name="root"/>, sorted; empty when there are none.</summary>
    public static IReadOnlyList<string> FindReports(string root) =>
        Directory.Exists(root)
            ? [.. Directory.EnumerateFiles(root, "report.json", SearchOption.AllDirectories)
                .Where(IsOmniActReport).Order(StringComparer.Ordinal)]
            : [];

    public static string ToJson(IReadOnlyList<string> reports, string generator, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var runs = new JsonArray();
        foreach (var path in reports)
        {
            JsonObject report;
            try
            {
                report = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new CliException($"{path}: expected a JSON object");
            }
            catch (JsonException ex)
            {
                throw new CliException($"{path}: not a readable OmniACT report ({ex.Message})");
            }

            // <results>/omniact/<split>/<mode>/<model>/report.json
            var model = Path.GetDirectoryName(path)!;
            var mode = Path.GetDirectoryName(model)!;
            var split = Path.GetDirectoryName(mode)!;
            runs.Add(new JsonObject
            {
                ["split"] = Path.GetFileName(split),
                ["scoring_mode"] = Path.GetFileName(mode),
                ["model"] = Path.GetFileName(model),
                ["items"] = report["items"] is JsonArray items ? items.Count : null,
                ["overall"] = report["overall"]?.DeepClone(),
                ["by_platform"] = report["by_platform"]?.DeepClone(),
                ["by_app"] = report["by_app"]?.DeepClone(),
                ["fixes_applied"] = report["fixes_applied"]?.DeepClone() ?? new JsonArray(),
                ["report"] = path,
            });
        }

        var document = new JsonObject
        {
            ["schema"] = SchemaName,
            ["generator"] = generator,
            ["generated_at"] = generatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["suite"] = "omniact",
            ["runs"] = runs,
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static bool IsOmniActReport(string path)
    {
        var parts = Path.GetFullPath(path).Split(Path.DirectorySeparatorChar);
        return parts.Length >= 5 && parts[^5] == "omniact" && parts[^3] is "official" or "corrected";
    }
}

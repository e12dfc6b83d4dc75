using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using static Deskbench.Tasks.Validation.JsonDescriptions;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>update_browse_history</c> {history: [{url, title, visit_time_from_now_in_seconds}]}: builds a Chrome History database
/// holding exactly these visits (one <c>urls</c> row and one <c>visits</c> row each, typed transition 805306368, the visit
/// time "now minus the seconds" on the local clock in Chrome's microseconds since 1601) and uploads it as the profile's
/// <c>Default/History</c>. The empty database is OSWorld's <c>history_empty.sqlite</c> when the asset cache has it, else an
/// empty Chromium schema (<see cref="ChromeHistorySchema"/>). Chrome should not be running (it keeps History open).
/// </summary>
public sealed class UpdateBrowseHistoryStep(TimeProvider timeProvider, ILogger<UpdateBrowseHistoryStep> logger) : ISetupStep
{
    /// <summary>Where OSWorld downloads its empty History database from.</summary>
    public const string EmptyHistoryUrl =
        "https://huggingface.co/datasets/xlangai/ubuntu_osworld_file_cache/resolve/main/chrome/44ee5668-ecd5-4366-a6ce-c1c9b8d4e938/history_empty.sqlite?download=true";

    private const long TypedTransition = 805306368;

    public string Type => "update_browse_history";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var visits = ReadVisits(parameters);
        Directory.CreateDirectory(context.CacheDirectory);
        var database = Path.Combine(context.CacheDirectory, "history_new.sqlite");
        File.Delete(database);
        await CreateEmptyAsync(context, database, cancellationToken);

        var builder = new SqliteConnectionStringBuilder { DataSource = database, Pooling = false };
        await using (var connection = new SqliteConnection(builder.ToString()))
        {
            await connection.OpenAsync(cancellationToken);
            var now = timeProvider.GetLocalNow().DateTime;
            foreach (var (url, title, secondsAgo) in visits)
            {
                var visitTime = now - TimeSpan.FromSeconds(secondsAgo);
                var chromeTime = (long)((visitTime - new DateTime(1601, 1, 1)).Ticks / 10);
                await using var insertUrl = connection.CreateCommand();
                insertUrl.CommandText =
                    "INSERT INTO urls (url, title, visit_count, typed_count, last_visit_time, hidden) VALUES ($url, $title, 1, 0, $time, 0); SELECT last_insert_rowid();";
                insertUrl.Parameters.AddWithValue("$url", url);
                insertUrl.Parameters.AddWithValue("$title", title);
                insertUrl.Parameters.AddWithValue("$time", chromeTime);
                var urlId = (long)(await insertUrl.ExecuteScalarAsync(cancellationToken))!;
                await using var insertVisit = connection.CreateCommand();
                insertVisit.CommandText =
                    "INSERT INTO visits (url, visit_time, from_visit, transition, segment_id, visit_duration) VALUES ($id, $time, 0, $transition, 0, 0)";
                insertVisit.Parameters.AddWithValue("$id", urlId);
                insertVisit.Parameters.AddWithValue("$time", chromeTime);
                insertVisit.Parameters.AddWithValue("$transition", TypedTransition);
                await insertVisit.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var target = ChromeStepEnvironment.HistoryFile(context.Environment);
        await using (var content = File.OpenRead(database))
        {
            await context.Environment.Guest.UploadFileAsync(target, content, cancellationToken);
        }

        logger.LogInformation("update_browse_history: {Count} visit(s) written to {Target}", visits.Count, target);
    }

    private async Task CreateEmptyAsync(SetupContext context, string database, CancellationToken cancellationToken)
    {
        try
        {
            var cached = await context.Assets.GetLocalPathAsync(EmptyHistoryUrl, cancellationToken);
            File.Copy(cached, database, overwrite: true);
            return;
        }
        catch (AssetNotCachedException)
        {
            logger.LogDebug("update_browse_history: OSWorld's empty History is not cached; creating Chromium's schema");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = database, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var create = connection.CreateCommand();
        create.CommandText = ChromeHistorySchema.CreateStatements
            + $"\nINSERT INTO meta (key, value) VALUES ('mmap_status', '-1'), ('version', '{ChromeHistorySchema.Version}'), "
            + $"('last_compatible_version', '{ChromeHistorySchema.LastCompatibleVersion}');";
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<(string Url, string Title, double SecondsAgo)> ReadVisits(JsonObject parameters)
    {
        if (parameters["history"] is not JsonArray items)
        {
            throw StepParameters.Invalid("history", parameters.ContainsKey("history") ? Expected("an array of visits", parameters["history"]) : "required, missing");
        }

        var visits = new List<(string, string, double)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] as JsonObject ?? throw StepParameters.Invalid($"history[{i}]", Expected("an object", items[i]));
            visits.Add((
                StepParameters.RequireString(item, "url"),
                StepParameters.OptionalString(item, "title") ?? throw StepParameters.Invalid($"history[{i}].title", "required, missing"),
                StepParameters.RequireNumber(item, "visit_time_from_now_in_seconds")));
        }

        return visits;
    }
}

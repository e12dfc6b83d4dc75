using System.Text.Json.Nodes;
using Deskbench.Accounts;
using Deskbench.Accounts.GoogleDrive;
using Deskbench.Core.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Evaluators.Getters.GoogleDrive;

/// <summary>
/// <c>googledrive_file</c> {settings_file, query | path | query_list | path_list, dest}: downloads files from the user's
/// Google Drive into the task's cache folder, as OSWorld's <c>get_googledrive_file</c> does. For each file, the queries are
/// followed from My Drive's root: <c>( query ) and 'parent' in parents</c>, the first match becomes the next parent; the
/// last match is downloaded to <c>CacheDirectory/dest</c>. A query without a match, a Google-native file (a Google Doc:
/// PyDrive cannot download it as its own type) or a failed download gives null (None) for that file, so the metric scores 0.
/// Returns the path (or null) for <c>query</c>/<c>path</c>, a list for the <c>_list</c> forms.
/// The account settings come from <paramref name="accountSettingsDirectory"/> (the same folder the <c>googledrive</c> setup
/// step uses); without it the getter is unsupported on this installation. It is not in <see cref="GetterRegistry.BuiltIn"/>:
/// the composition root adds it with that folder (the CLI's <c>EvaluatorCatalog.Getters</c>, <c>run --accounts</c>). Settings Google refuses are an evaluation error
/// naming the settings file (OSWorld would score 0 silently).
/// </summary>
public sealed class GoogleDriveFileGetter(string? accountSettingsDirectory, ILogger<GoogleDriveFileGetter>? logger = null) : IGetter
{
    private const string DefaultSettingsFile = "evaluation_examples/settings/googledrive/settings.yml";

    private readonly ILogger logger = logger ?? NullLogger<GoogleDriveFileGetter>.Instance;

    public string Name => "googledrive_file";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(spec);
        var request = GoogleDriveFileRequest.Parse(spec);
        var settingsFile = spec["settings_file"] is JsonValue value && value.TryGetValue(out string? named) ? named : DefaultSettingsFile;
        var settings = string.IsNullOrWhiteSpace(accountSettingsDirectory) ? null : AccountSettingsFiles.Find(accountSettingsDirectory, settingsFile);
        if (settings is null)
        {
            throw new UnsupportedFeatureException("getter", $"googledrive_file (needs account settings: '{settingsFile}' in the account settings folder)");
        }

        var account = await GoogleDriveSettingsReader.ReadAsync(settings, accountSettingsDirectory!, cancellationToken);
        using var drive = new GoogleDriveClient(account, context.Clock);
        var paths = new JsonArray();
        for (var i = 0; i < request.Queries.Count; i++)
        {
            var local = Path.Combine(context.CacheDirectory, request.Destinations[i]);
            paths.Add(await GetSingleFileAsync(drive, request.Queries[i], local, cancellationToken) is { } saved ? JsonValue.Create(saved) : null);
        }

        return request.IsList ? paths : paths[0]?.DeepClone();
    }

    private async Task<string?> GetSingleFileAsync(GoogleDriveClient drive, IReadOnlyList<string> queries, string localPath, CancellationToken cancellationToken)
    {
        var parentId = "root";
        DriveFile? file = null;
        try
        {
            foreach (var query in queries)
            {
                var matches = await drive.ListAsync($"( {query} ) and {DriveQuery.Literal(parentId)} in parents", cancellationToken);
                if (matches.Count == 0)
                {
                    logger.LogInformation("googledrive_file: nothing matches {Query} in {Parent}; the file is None", query, parentId);
                    return null;
                }

                file = matches[0];
                parentId = file.Id;
            }

            if (file is null || file.IsGoogleNative)
            {
                logger.LogInformation("googledrive_file: {Title} ({MimeType}) cannot be downloaded as itself; the file is None",
                    file?.Title, file?.MimeType);
                return null;
            }

            await drive.DownloadAsync(file.Id, localPath, cancellationToken);
            return localPath;
        }
        catch (Exception ex) when (ex is GoogleDriveApiException or HttpRequestException or IOException or InvalidDataException)
        {
            logger.LogWarning("googledrive_file: failed to download from Google Drive ({Reason}); the file is None", ex.Message);
            return null;
        }
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Deskbench.Accounts.GoogleDrive;
using Deskbench.Core.Setup;
using Microsoft.Extensions.Logging;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>googledrive</c> {settings_file, operation:[delete|mkdirs|upload], args:[…]}: prepares the user's Google Drive as
/// OSWorld does through PyDrive, with the Drive v2 REST API (<see cref="GoogleDriveClient"/>):
/// <list type="bullet">
/// <item><c>delete</c> {query, trash=false}: lists the non-folders matching <c>( query )</c>, then the folders, and deletes
/// (or trashes) the files first, then the folders; an empty query means everything.</item>
/// <item><c>mkdirs</c> {path}: creates the missing folders of the path below My Drive.</item>
/// <item><c>upload</c> {url, path}: takes the URL's file from the asset cache (no internet) and uploads it as
/// <c>path[-1]</c> into the folder path <c>path[:-1]</c> (created when missing).</item>
/// </list>
/// Differences from OSWorld, where its code does not do what it means: a folder already gone because its parent was
/// deleted first is not an error; a list <c>path</c> of <c>upload</c> is used as a path (OSWorld wraps it in another
/// list); operations after an <c>upload</c> still run (OSWorld returns after the first upload).
/// Without account settings (<see cref="SetupRunnerOptions.AccountSettingsDirectory"/>), or with settings Google refuses,
/// the step fails with <see cref="AccountSettingsRequiredException"/> (the task is reported as not run).
/// </summary>
public sealed class GoogleDriveStep(SetupRunnerOptions options, TimeProvider timeProvider, ILogger<GoogleDriveStep> logger) : ISetupStep
{
    public string Type => "googledrive";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var settingsFile = StepParameters.RequireString(parameters, "settings_file");
        var operations = GoogleDriveOperation.Parse(parameters);
        var settings = AccountSettingsLocator.Require(Type, settingsFile, options.AccountSettingsDirectory);
        try
        {
            var account = await GoogleDriveSettingsReader.ReadAsync(settings, options.AccountSettingsDirectory!, cancellationToken);
            using var drive = new GoogleDriveClient(account, timeProvider);
            foreach (var operation in operations)
            {
                await RunOperationAsync(drive, operation, context, cancellationToken);
            }
        }
        catch (GoogleAccountSettingsException ex)
        {
            throw new AccountSettingsRequiredException(Type, settingsFile, ex.Message);
        }
    }

    private async Task RunOperationAsync(GoogleDriveClient drive, GoogleDriveOperation operation, SetupContext context, CancellationToken cancellationToken)
    {
        switch (operation.Name)
        {
            case "delete":
                await DeleteAsync(drive, operation, context, cancellationToken);
                break;
            case "mkdirs":
                await GoogleDriveFolders.EnsureAsync(drive, operation.Path, cancellationToken);
                break;
            default:
                var local = await context.Assets.GetLocalPathAsync(operation.Url!, cancellationToken);
                var parentId = await GoogleDriveFolders.EnsureAsync(drive, operation.Path.Take(operation.Path.Count - 1).ToList(), cancellationToken);
                var file = await drive.UploadAsync(operation.Path[^1], parentId, local, cancellationToken);
                logger.LogInformation("task {TaskId}: googledrive uploaded {Url} as {Title} ({Id})", context.Task.Id, operation.Url, file.Title, file.Id);
                break;
        }
    }

    private async Task DeleteAsync(GoogleDriveClient drive, GoogleDriveOperation operation, SetupContext context, CancellationToken cancellationToken)
    {
        var query = operation.Query.Trim().Length > 0 ? $"( {operation.Query} ) and " : "";
        var folder = DriveQuery.Literal(DriveFile.FolderMimeType);
        var files = await drive.ListAsync($"{query}mimeType != {folder}", cancellationToken);
        var folders = await drive.ListAsync($"{query}mimeType = {folder}", cancellationToken);
        foreach (var item in files.Concat(folders))
        {
            try
            {
                await (operation.Trash ? drive.TrashAsync(item.Id, cancellationToken) : drive.DeleteAsync(item.Id, cancellationToken));
            }
            catch (GoogleDriveApiException ex) when (ex.Status == HttpStatusCode.NotFound)
            {
                // Went with a folder deleted before it.
            }
        }

        logger.LogInformation("task {TaskId}: googledrive {Action} {Files} file(s) and {Folders} folder(s) matching {Query}",
            context.Task.Id, operation.Trash ? "trashed" : "deleted", files.Count, folders.Count, operation.Query);
    }
}

using Deskbench.Accounts.GoogleDrive;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>OSWorld's <c>mkdir_in_googledrive</c>: walks a folder path from My Drive's root, creating each missing folder.</summary>
internal static class GoogleDriveFolders
{
    /// <summary>The id of the last folder of <paramref name="path"/> (<c>root</c> for an empty path).</summary>
    public static async Task<string> EnsureAsync(GoogleDriveClient drive, IReadOnlyList<string> path, CancellationToken cancellationToken)
    {
        var parentId = "root";
        foreach (var name in path)
        {
            var existing = await drive.ListAsync(DriveQuery.FolderIn(parentId, name), cancellationToken);
            parentId = existing.Count > 0
                ? existing[0].Id
                : (await drive.CreateFolderAsync(name, parentId, cancellationToken)).Id;
        }

        return parentId;
    }
}

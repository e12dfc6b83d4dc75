namespace Deskbench.Accounts.GoogleDrive;

/// <summary>Pieces of Drive (v2) search queries, as OSWorld writes them.</summary>
public static class DriveQuery
{
    /// <summary>A quoted string literal: <c>'name'</c>, with <c>\</c> and <c>'</c> escaped.</summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
    }

    /// <summary>OSWorld's folder lookup: a non-trashed folder titled <paramref name="title"/> directly in <paramref name="parentId"/>.</summary>
    public static string FolderIn(string parentId, string title) =>
        $"{Literal(parentId)} in parents and title = {Literal(title)} and mimeType = {Literal(DriveFile.FolderMimeType)} and trashed = false";
}

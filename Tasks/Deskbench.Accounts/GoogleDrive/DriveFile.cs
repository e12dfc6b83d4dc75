namespace Deskbench.Accounts.GoogleDrive;

/// <summary>A Drive file or folder as files.list returns it (v2 fields: <c>id</c>, <c>title</c>, <c>mimeType</c>).</summary>
public sealed record DriveFile(string Id, string Title, string MimeType)
{
    public const string FolderMimeType = "application/vnd.google-apps.folder";

    /// <summary>Google Docs, Sheets, Slides, folders …: files without content of their own (PyDrive cannot download them as themselves).</summary>
    public bool IsGoogleNative => MimeType.StartsWith("application/vnd.google-apps.", StringComparison.Ordinal);
}

namespace Deskbench.Testing.GoogleDrive;

/// <summary>A file or folder held by <see cref="FakeGoogleDrive"/>. <see cref="ParentId"/> <c>root</c> is My Drive's root.</summary>
public sealed record FakeDriveFile(string Id, string Title, string MimeType, string ParentId, byte[] Content, bool Trashed = false)
{
    public const string FolderMimeType = "application/vnd.google-apps.folder";

    public bool IsFolder => MimeType == FolderMimeType;
}

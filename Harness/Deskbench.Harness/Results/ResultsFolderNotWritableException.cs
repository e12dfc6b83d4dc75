namespace Deskbench.Harness.Results;

/// <summary>The results folder cannot be created or written; raised before any task runs.</summary>
public sealed class ResultsFolderNotWritableException : IOException
{
    public ResultsFolderNotWritableException(string folder, Exception inner)
        : base($"results folder '{folder}' is not writable: {inner.Message}", inner)
    {
        Folder = folder;
    }

    public string Folder { get; }
}

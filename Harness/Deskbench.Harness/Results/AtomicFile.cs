namespace Deskbench.Harness.Results;

/// <summary>
/// Writes files so that a reader sees either the old content or the whole new content, never a part: the bytes go to
/// a hidden temporary file in the same folder (<c>.&lt;name&gt;.&lt;random&gt;.tmp</c>), are flushed to disk, and the
/// temporary file is then moved over the target.
/// </summary>
public static class AtomicFile
{
    /// <summary>Suffix of the temporary files; a folder scan can recognise leftovers of a crash by it.</summary>
    public const string TemporarySuffix = ".tmp";

    public static Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteAsync(path, (stream, ct) => stream.WriteAsync(content, ct).AsTask(), cancellationToken);

    public static Task WriteAllTextAsync(string path, string content, CancellationToken cancellationToken) =>
        WriteAllBytesAsync(path, System.Text.Encoding.UTF8.GetBytes(content), cancellationToken);

    /// <summary>
    /// Lets <paramref name="write"/> fill the temporary file, then replaces <paramref name="path"/>. When
    /// <paramref name="write"/> throws (or the token fires), the target is left as it was and the temporary file is removed.
    /// </summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var fullPath = Path.GetFullPath(path);
        var temporary = TemporaryPathFor(fullPath);
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await using (stream)
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>The temporary file name used for <paramref name="path"/>: hidden, same folder, random part, <see cref="TemporarySuffix"/>.</summary>
    public static string TemporaryPathFor(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        return Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}{TemporarySuffix}");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover hidden .tmp file is ignored by readers and wiped with the task folder.
        }
    }
}

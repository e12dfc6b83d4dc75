using Deskbench.Harness.Results;

namespace Deskbench.Harness.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Writes_the_whole_content_and_leaves_no_temporary_file()
    {
        var path = _folder.Combine("result.txt");

        await AtomicFile.WriteAllTextAsync(path, "1.0\n", TestContext.Current.CancellationToken);

        Assert.Equal("1.0\n", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(["result.txt"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_writer_that_dies_midway_leaves_the_old_content_and_no_partial_file()
    {
        var path = _folder.Combine("result.txt");
        await AtomicFile.WriteAllTextAsync(path, "old\n", TestContext.Current.CancellationToken);
        string? temporarySeen = null;

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                await stream.WriteAsync("0."u8.ToArray(), ct);
                await stream.FlushAsync(ct);
                temporarySeen = Directory.GetFiles(_folder.Path).Single(f => f != path);
                throw new IOException("disk full");
            },
            TestContext.Current.CancellationToken));

        Assert.Equal("old\n", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.NotNull(temporarySeen);
        Assert.StartsWith(".result.txt.", Path.GetFileName(temporarySeen), StringComparison.Ordinal);
        Assert.False(File.Exists(temporarySeen));
        Assert.Equal(["result.txt"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_interrupted_first_write_leaves_no_target_at_all()
    {
        var path = _folder.Combine("result.txt");
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                await stream.WriteAsync("1"u8.ToArray(), ct);
                await cancellation.CancelAsync();
                ct.ThrowIfCancellationRequested();
            },
            cancellation.Token));

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Temporary_files_are_hidden_siblings_of_the_target()
    {
        var path = _folder.Combine("traj.jsonl");

        var temporary = AtomicFile.TemporaryPathFor(path);

        Assert.Equal(_folder.Path, Path.GetDirectoryName(temporary));
        Assert.StartsWith(".traj.jsonl.", Path.GetFileName(temporary), StringComparison.Ordinal);
        Assert.EndsWith(AtomicFile.TemporarySuffix, temporary, StringComparison.Ordinal);
        Assert.NotEqual(temporary, AtomicFile.TemporaryPathFor(path));
    }
}

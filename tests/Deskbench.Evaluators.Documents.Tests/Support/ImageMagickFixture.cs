namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>
/// Images made once per test class with ImageMagick's <c>convert</c> in a fresh temporary folder: the folder, the reason
/// the tier cannot run (a missing tool), and the clean-up. Subclasses draw their images in <see cref="InitializeAsync"/>.
/// </summary>
public abstract class ImageMagickFixture(string folderPrefix) : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), folderPrefix + Guid.NewGuid().ToString("N"));

    /// <summary>Why these tests cannot run here (set by the subclass when a tool is missing), or null.</summary>
    public string? Unavailable { get; protected set; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public abstract ValueTask InitializeAsync();

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Skips the calling test, printing why, when the tier cannot run here.</summary>
    public void Require()
    {
        if (Unavailable is { } reason)
        {
            Console.Error.WriteLine(reason);
            Assert.Skip(reason);
        }
    }

    /// <summary>Runs <c>convert</c> with <paramref name="arguments"/>; a failure throws with its error output.</summary>
    protected static async Task Convert(params string[] arguments)
    {
        var result = await Tool.RunAsync("convert", arguments);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"convert failed: {result.StandardError}");
        }
    }
}

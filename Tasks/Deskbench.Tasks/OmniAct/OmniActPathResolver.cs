using System.Text.RegularExpressions;

namespace Deskbench.Tasks.OmniAct;

/// <summary>
/// Resolves split-file paths against the dataset root. The split files name web screens <c>screen_N.png</c> and boxes
/// <c>screen_N.json</c>, but the files on disk are <c>screenN.png</c> and <c>screenN_boxes.json</c> (omniact.md §5);
/// the path as written is tried first, then the on-disk web names.
/// </summary>
internal static partial class OmniActPathResolver
{
    public static IEnumerable<string> Candidates(string root, string relative)
    {
        var written = Path.GetFullPath(Path.Combine(root, relative));
        yield return written;
        var directory = Path.GetDirectoryName(written)!;
        var match = ScreenName().Match(Path.GetFileName(written));
        if (!match.Success)
        {
            yield break;
        }

        var number = match.Groups["n"].Value;
        var extension = match.Groups["ext"].Value;
        yield return Path.Combine(directory, $"screen{number}{extension}");
        if (extension == ".json")
        {
            yield return Path.Combine(directory, $"screen{number}_boxes.json");
        }
    }

    /// <summary>The first candidate that exists, or null.</summary>
    public static string? Resolve(string root, string relative) => Candidates(root, relative).FirstOrDefault(File.Exists);

    [GeneratedRegex(@"^screen_(?<n>\d+)(?<ext>\.[A-Za-z]+)$")]
    private static partial Regex ScreenName();
}

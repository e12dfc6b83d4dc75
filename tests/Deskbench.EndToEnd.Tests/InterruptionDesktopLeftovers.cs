using System.Text.RegularExpressions;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// What a local desktop may leave on the machine besides processes: mounts inside its folders (gvfsd-fuse mounts
/// <c>$XDG_RUNTIME_DIR/gvfs</c>; killed before it unmounts, the mount stays dead and the folder cannot be deleted) and its
/// runtime folder under /tmp (<c>deskbench-run-&lt;environment id&gt;</c>, used when HOME is too deep for socket paths).
/// Environments are named by the ids the CLI logs with <c>--verbose</c> (<c>local-&lt;display&gt;-&lt;hex&gt;</c>).
/// </summary>
internal static partial class InterruptionDesktopLeftovers
{
    /// <summary>The environment ids named in a verbose CLI log.</summary>
    public static IReadOnlyList<string> EnvironmentIds(string log) =>
        [.. EnvironmentIdPattern().Matches(log).Select(m => m.Value).Distinct()];

    /// <summary>Mount points whose path names one of <paramref name="environmentIds"/>.</summary>
    public static IReadOnlyList<string> Mounts(IReadOnlyList<string> environmentIds) =>
        [.. File.ReadAllLines("/proc/self/mounts")
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 2 && environmentIds.Any(id => fields[1].Contains(id, StringComparison.Ordinal)))
            .Select(fields => $"{fields[1]} ({fields[2]})")];

    /// <summary>Runtime folders of <paramref name="environmentIds"/> still under the temporary folder.</summary>
    public static IReadOnlyList<string> RuntimeFolders(IReadOnlyList<string> environmentIds) =>
        [.. environmentIds.Select(id => Path.Combine(Path.GetTempPath(), $"deskbench-run-{id}")).Where(Directory.Exists)];

    [GeneratedRegex(@"\blocal-\d+-[0-9a-f]{8}\b")]
    private static partial Regex EnvironmentIdPattern();
}

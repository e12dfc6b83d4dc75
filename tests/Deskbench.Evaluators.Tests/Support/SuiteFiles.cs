namespace Deskbench.Evaluators.Tests.Support;

/// <summary>
/// Finds the real OSWorld task files (shared/suites/osworld beside the repository, as laid out for developers and CI).
/// Tests that need them skip with a printed reason when they are absent.
/// </summary>
public static class SuiteFiles
{
    public static string? OsWorldRoot { get; } = Find(Path.Combine("suites", "osworld"));

    public static string? WaaRoot { get; } = Find(Path.Combine("suites", "waa"));

    /// <summary>The file of OSWorld task <paramref name="domainAndIdPrefix"/> (e.g. "os/e0df059f"), or a skip.</summary>
    public static string OsWorldTask(string domainAndIdPrefix)
    {
        var root = OsWorldRoot ?? throw SkipMissing();
        var domain = Path.GetDirectoryName(domainAndIdPrefix)!;
        var prefix = Path.GetFileName(domainAndIdPrefix);
        return Directory.EnumerateFiles(Path.Combine(root, "examples", domain), prefix + "*.json").Single();
    }

    /// <summary>Every task file of the OSWorld and WAA suites (Ubuntu and Windows examples).</summary>
    public static IReadOnlyList<string> AllTaskFiles()
    {
        var roots = new[] { OsWorldRoot, WaaRoot }.OfType<string>().ToList();
        if (roots.Count == 0)
        {
            throw SkipMissing();
        }

        return [.. roots
            .SelectMany(root => Directory.EnumerateDirectories(root, "examples*"))
            .SelectMany(examples => Directory.EnumerateFiles(examples, "*.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)];
    }

    private static Exception SkipMissing()
    {
        Assert.Skip("the OSWorld/WAA task files (shared/suites beside the repository) are not on this machine");
        return new InvalidOperationException("unreachable");
    }

    private static string? Find(string relative) =>
        Deskbench.Testing.SharedSuites.TryFind() is { } suites && Directory.Exists(Path.Combine(suites, Path.GetFileName(relative)))
            ? Path.Combine(suites, Path.GetFileName(relative))
            : null;
}

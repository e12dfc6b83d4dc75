namespace Deskbench.Testing;

/// <summary>
/// Finds the real task suites (<c>shared/suites</c>): the first ancestor of the test assembly's folder that has a
/// <c>shared/suites</c> child (developers and CI have <c>shared/</c> beside the repository), else <c>$DESKBENCH_SHARED/suites</c>.
/// Tests that need them skip with the reason when they are absent.
/// </summary>
public static class SharedSuites
{
    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The suites folder, or null.</summary>
    public static string? TryFind() => Found.Value;

    /// <summary>The suites folder; skips the calling test (with the reason) when it is absent.</summary>
    public static string Require()
    {
        var found = Found.Value;
        if (found is null)
        {
            Assert.Skip("shared/suites not found: no ancestor of " + AppContext.BaseDirectory
                + " has a shared/suites folder and DESKBENCH_SHARED is not set");
        }

        return found;
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "suites");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("DESKBENCH_SHARED");
        return !string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "suites"))
            ? Path.Combine(fromEnvironment, "suites")
            : null;
    }
}

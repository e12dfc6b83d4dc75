namespace Deskbench.Tasks.Tests.Support;

/// <summary>
/// Finds <c>shared/suites</c>: the first ancestor of the test assembly's folder that has a <c>shared/suites</c> child
/// (the repository's sibling <c>shared/</c>), else <c>$DESKBENCH_SHARED/suites</c>. Tests skip, with the reason, when neither exists.
/// </summary>
internal static class SuiteLocator
{
    public static string SuitesFolder
    {
        get
        {
            var found = Find();
            if (found is null)
            {
                Assert.Skip("shared/suites not found: no ancestor of " + AppContext.BaseDirectory
                    + " has a shared/suites folder and DESKBENCH_SHARED is not set");
            }

            return found;
        }
    }

    public static string Osworld => Path.Combine(SuitesFolder, "osworld");

    public static string Waa => Path.Combine(SuitesFolder, "waa");

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
        return fromEnvironment is not null && Directory.Exists(Path.Combine(fromEnvironment, "suites"))
            ? Path.Combine(fromEnvironment, "suites")
            : null;
    }
}

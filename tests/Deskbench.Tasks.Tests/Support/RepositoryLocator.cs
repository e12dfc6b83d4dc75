namespace Deskbench.Tasks.Tests.Support;

/// <summary>Finds the repository root: the first ancestor of the test assembly's folder holding <c>Deskbench.slnx</c>.</summary>
internal static class RepositoryLocator
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Deskbench.slnx")))
                {
                    return dir.FullName;
                }
            }

            Assert.Skip("repository root (Deskbench.slnx) not found above " + AppContext.BaseDirectory);
            return "";
        }
    }

    public static string ExampleSuite => Path.Combine(Root, "Tasks", "examples");
}

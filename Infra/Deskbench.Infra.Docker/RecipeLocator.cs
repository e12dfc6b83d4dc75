namespace Deskbench.Infra.Docker;

/// <summary>Finds the source checkout that holds the image recipe (<c>images/linux/Dockerfile</c>).</summary>
public static class RecipeLocator
{
    /// <summary>The nearest folder at or above each start folder that holds the recipe, or null.</summary>
    public static string? FindRepositoryRoot(params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var folder = Path.GetFullPath(start); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (File.Exists(Path.Combine(folder, LinuxImageRecipe.RecipeFolder, "Dockerfile")))
                {
                    return folder;
                }
            }
        }

        return null;
    }
}

using System.Text.Json.Nodes;

namespace Deskbench.Guest.Http;

/// <summary>
/// OSWorld's <c>directory_tree</c>: <c>{type:"directory", name, children:[{type:"file", name} | directory…]}</c>, entries in the
/// order the file system lists them, symbolic links to folders followed; a folder that cannot be read becomes <c>{error}</c>.
/// </summary>
internal static class DirectoryTree
{
    public static JsonObject Build(string path) => Build(path, Path.GetFileName(path), []);

    private static JsonObject Build(string path, string name, HashSet<string> ancestors)
    {
        var realPath = RealPath(path);
        if (!ancestors.Add(realPath))
        {
            return new JsonObject { ["error"] = $"[Errno 40] Too many levels of symbolic links: {GuestPaths.PythonRepr(path)}" };
        }

        try
        {
            var children = new JsonArray();
            foreach (var entry in Directory.EnumerateFileSystemEntries(path))
            {
                var entryName = Path.GetFileName(entry);
                children.Add(Directory.Exists(entry)
                    ? Build(entry, entryName, ancestors)
                    : new JsonObject { ["type"] = "file", ["name"] = entryName });
            }

            return new JsonObject { ["type"] = "directory", ["name"] = name, ["children"] = children };
        }
        catch (UnauthorizedAccessException)
        {
            return new JsonObject { ["error"] = $"[Errno 13] Permission denied: {GuestPaths.PythonRepr(path)}" };
        }
        catch (IOException exception)
        {
            return new JsonObject { ["error"] = exception.Message };
        }
        finally
        {
            ancestors.Remove(realPath);
        }
    }

    private static string RealPath(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            return (info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName : null) ?? info.FullName;
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }
}

namespace Deskbench.Guest.Session;

/// <summary>Finds a program on PATH as <c>execvp</c> and Python's <c>shutil.which</c> do.</summary>
public static class ExecutableLookup
{
    /// <summary>The full path of <paramref name="program"/>, or null when it cannot be found (or is not executable).</summary>
    public static string? Find(string program, string? searchPath)
    {
        if (program.Length == 0)
        {
            return null;
        }

        if (program.Contains('/', StringComparison.Ordinal))
        {
            return IsExecutableFile(program) ? program : null;
        }

        var directories = (searchPath ?? "/usr/local/bin:/usr/bin:/bin").Split(':');
        foreach (var directory in directories)
        {
            var candidate = Path.Combine(directory.Length == 0 ? "." : directory, program);
            if (IsExecutableFile(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsExecutableFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            }

            if (!info.Exists || info.LinkTarget is not null)
            {
                return false;
            }

            const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            return (info.UnixFileMode & AnyExecute) != 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

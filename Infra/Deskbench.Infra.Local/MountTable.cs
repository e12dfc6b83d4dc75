using System.Diagnostics;
using System.Text;

namespace Deskbench.Infra.Local;

/// <summary>
/// The mounts of this process's mount namespace (<c>/proc/self/mountinfo</c>) and how to detach a leftover one: a dead
/// FUSE mount (gvfsd-fuse killed before it unmounted) makes its folder undeletable ("Transport endpoint is not connected").
/// </summary>
internal static class MountTable
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromSeconds(5);

    /// <summary>Mount points at or below <paramref name="folder"/> (a path without symlinks), deepest first.</summary>
    public static IReadOnlyList<string> MountPointsUnder(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        string[] lines;
        try
        {
            lines = File.ReadAllLines("/proc/self/mountinfo");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        // "id parent major:minor root mount-point options …": the mount point is the fifth field, with \ooo escapes.
        return [.. lines
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 4)
            .Select(fields => Unescape(fields[4]))
            .Where(point => point == prefix[..^1] || point.StartsWith(prefix, StringComparison.Ordinal))
            .Distinct()
            .OrderByDescending(point => point.Length)];
    }

    /// <summary>
    /// Detaches <paramref name="mountPoint"/> lazily (<c>umount -l</c>, then <c>fusermount3 -uz</c> / <c>fusermount -uz</c>
    /// for a FUSE mount of another user); true once it is no longer listed.
    /// </summary>
    public static bool TryDetach(string mountPoint)
    {
        string[][] commands = [["umount", "-l", mountPoint], ["fusermount3", "-u", "-z", mountPoint], ["fusermount", "-u", "-z", mountPoint]];
        foreach (var command in commands)
        {
            if (!IsMounted(mountPoint))
            {
                return true;
            }

            Run(command);
        }

        return !IsMounted(mountPoint);
    }

    private static bool IsMounted(string mountPoint) => MountPointsUnder(mountPoint).Contains(mountPoint);

    private static void Run(string[] command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return;
            }

            process.StandardInput.Close();
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(CommandLimit))
            {
                process.Kill();
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not installed: the next command may be.
        }
    }

    /// <summary>Undoes the kernel's octal escapes (<c>\040</c> space, <c>\011</c> tab, <c>\012</c> newline, <c>\134</c> backslash).</summary>
    private static string Unescape(string field)
    {
        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length && field.AsSpan(i + 1, 3).IndexOfAnyExceptInRange('0', '7') < 0)
            {
                text.Append((char)(((field[i + 1] - '0') * 64) + ((field[i + 2] - '0') * 8) + (field[i + 3] - '0')));
                i += 3;
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }
}

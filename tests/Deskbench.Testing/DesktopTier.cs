namespace Deskbench.Testing;

/// <summary>
/// Guards for the desktop test tier: a test that needs a real X session calls <see cref="RequireXvfb"/> first and is
/// skipped, with the reason printed, on a machine without Xvfb and openbox.
/// </summary>
public static class DesktopTier
{
    /// <summary>Skips the current test unless Xvfb and openbox are installed.</summary>
    public static void RequireXvfb() => RequireCommands("Xvfb", "openbox", "xprop");

    /// <summary>Skips the current test unless every command is on PATH (e.g. "mousepad", "xclip").</summary>
    public static void RequireCommands(params string[] commands)
    {
        var missing = MissingCommands(commands);
        if (missing.Count > 0)
        {
            var reason = $"desktop tier skipped: {string.Join(", ", missing)} not installed (apt-get install xvfb openbox x11-utils and the apps the test drives)";
            Console.Error.WriteLine(reason);
            Assert.Skip(reason);
        }
    }

    /// <summary>The commands not found on PATH.</summary>
    public static IReadOnlyList<string> MissingCommands(params string[] commands) =>
        commands.Where(command => FindOnPath(command) is null).ToList();

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? FindOnPath(string command)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        if (command.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(command) ? command : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, command))
            .FirstOrDefault(File.Exists);
    }
}

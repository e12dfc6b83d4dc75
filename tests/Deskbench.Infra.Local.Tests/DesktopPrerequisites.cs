namespace Deskbench.Infra.Local.Tests;

/// <summary>What the desktop tier needs on this machine; a reason to skip when something is missing.</summary>
internal static class DesktopPrerequisites
{
    private static readonly Lazy<string?> MissingReason = new(FindMissing);

    /// <summary>Null when Xvfb, openbox, setsid and the guest binary are all present.</summary>
    public static string? SkipReason => MissingReason.Value;

    /// <summary>Skips the calling test (with the printed reason) when the desktop tier cannot run here.</summary>
    public static void SkipIfMissing()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    public static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));

    private static string? FindMissing()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "desktop tier: the local provider needs Linux";
        }

        var missing = new[] { "Xvfb", "openbox", "setsid", "dbus-daemon" }.Where(p => !IsOnPath(p)).ToList();
        if (missing.Count > 0)
        {
            return $"desktop tier: {string.Join(", ", missing)} not installed (apt-get install xvfb openbox util-linux dbus)";
        }

        var guest = Path.Combine(AppContext.BaseDirectory, "deskbench-guest.dll");
        return File.Exists(guest) ? null : $"desktop tier: the guest binary {guest} is missing (build Infra/Deskbench.Guest)";
    }
}

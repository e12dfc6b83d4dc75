namespace Deskbench.Testing;

/// <summary>
/// What desktop-tier tests that use the local provider need on this machine: the programs the local provider runs (Xvfb, openbox, setsid,
/// dbus-daemon), the guest binary next to the tests, and the apps a test drives. A test skips, with the reason printed,
/// when something is missing.
/// </summary>
public static class DesktopRequirements
{
    private static readonly string[] ProviderCommands = ["Xvfb", "openbox", "setsid", "dbus-daemon"];

    private static string GuestBinary => Path.Combine(AppContext.BaseDirectory, "deskbench-guest.dll");

    /// <summary>True when a real desktop can be acquired here (checked by fixtures, which must not skip).</summary>
    public static bool AreMet =>
        OperatingSystem.IsLinux() && DesktopTier.MissingCommands(ProviderCommands).Count == 0 && File.Exists(GuestBinary);

    /// <summary>Skips the calling test unless the desktop tier and <paramref name="apps"/> are available.</summary>
    public static void Require(params string[] apps)
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip("desktop tier skipped: the local provider needs Linux");
        }

        DesktopTier.RequireXvfb();
        DesktopTier.RequireCommands([.. ProviderCommands, .. apps]);
        if (!File.Exists(GuestBinary))
        {
            Skip($"desktop tier skipped: the guest binary {GuestBinary} is missing (build Infra/Deskbench.Guest)");
        }
    }

    private static void Skip(string reason)
    {
        Console.Error.WriteLine(reason);
        Assert.Skip(reason);
    }
}

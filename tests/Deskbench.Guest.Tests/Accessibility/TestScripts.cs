namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>The Python helpers beside the tests: the GTK window with known widgets.</summary>
internal static class TestScripts
{
    public static string GtkWindow { get; } = Path.Combine(Path.GetDirectoryName(PyatspiWalker.Script)!, "gtk_window.py");

    /// <summary>Skips the calling test, with the reason printed, without python3-gi and GTK 3's introspection data.</summary>
    public static void RequireGtk()
    {
        if (!File.Exists("/usr/bin/python3") || !Directory.Exists("/usr/lib/python3/dist-packages/gi")
            || !File.Exists("/usr/lib/x86_64-linux-gnu/girepository-1.0/Gtk-3.0.typelib") && !File.Exists("/usr/lib/aarch64-linux-gnu/girepository-1.0/Gtk-3.0.typelib"))
        {
            const string reason = "GTK window test skipped: python3-gi and gir1.2-gtk-3.0 are not installed";
            Console.Error.WriteLine(reason);
            Assert.Skip(reason);
        }
    }
}

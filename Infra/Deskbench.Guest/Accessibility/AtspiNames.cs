namespace Deskbench.Guest.Accessibility;

/// <summary>The D-Bus names of the AT-SPI protocol used by the tree reader.</summary>
internal static class AtspiNames
{
    public const string Accessible = "org.a11y.atspi.Accessible";
    public const string Action = "org.a11y.atspi.Action";
    public const string Application = "org.a11y.atspi.Application";
    public const string Cache = "org.a11y.atspi.Cache";
    public const string Component = "org.a11y.atspi.Component";
    public const string Image = "org.a11y.atspi.Image";
    public const string Selection = "org.a11y.atspi.Selection";
    public const string Table = "org.a11y.atspi.Table";
    public const string Text = "org.a11y.atspi.Text";
    public const string Value = "org.a11y.atspi.Value";
    public const string Properties = "org.freedesktop.DBus.Properties";
    public const string Registry = "org.a11y.atspi.Registry";
    public const string RootPath = "/org/a11y/atspi/accessible/root";
    public const string CachePath = "/org/a11y/atspi/cache";
}

using System.Collections.Immutable;
using System.Diagnostics;
using Deskbench.Core.Guest;

namespace Deskbench.Guest.Session;

/// <summary>
/// The environment every process the guest starts inherits: its own, plus the desktop's variables (DISPLAY, the session bus,
/// the accessibility switches) and minus the guest's secret token.
/// </summary>
public sealed record SessionEnvironment(string Display, ImmutableDictionary<string, string> Variables)
{
    /// <summary>Variables that turn the accessibility bridge on in GTK and Qt applications started in the session.</summary>
    public static readonly ImmutableDictionary<string, string> AccessibilityVariables = ImmutableDictionary.CreateRange(
        StringComparer.Ordinal,
        [
            new KeyValuePair<string, string>("NO_AT_BRIDGE", "0"),
            new KeyValuePair<string, string>("GTK_MODULES", "gail:atk-bridge"),
            new KeyValuePair<string, string>("ACCESSIBILITY_ENABLED", "1"),
            new KeyValuePair<string, string>("QT_ACCESSIBILITY", "1"),
            new KeyValuePair<string, string>("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1"),
        ]);

    /// <summary>Set for every process of the session: gvfs daemons then serve GIO without mounting a FUSE bridge.</summary>
    public const string DisableGvfsFuseVariable = "GVFS_DISABLE_FUSE";

    /// <summary>Variables never passed on to children.</summary>
    public static readonly ImmutableArray<string> WithheldVariables = [GuestProtocol.TokenEnvironmentVariable];

    /// <summary>An environment for a display the guest did not start: only DISPLAY is set.</summary>
    public static SessionEnvironment ForDisplay(string display) =>
        new(display, ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal).SetItem("DISPLAY", display));

    public SessionEnvironment With(string name, string value) => this with { Variables = Variables.SetItem(name, value) };

    public SessionEnvironment WithAll(IEnumerable<KeyValuePair<string, string>> variables) =>
        this with { Variables = Variables.SetItems(variables) };

    /// <summary>Writes the session variables into <paramref name="startInfo"/> and removes the withheld ones.</summary>
    public void ApplyTo(ProcessStartInfo startInfo)
    {
        foreach (var name in WithheldVariables)
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in Variables)
        {
            startInfo.Environment[name] = value;
        }
    }

    /// <summary>The user's home folder as children see it (<c>HOME</c>), for expanding <c>~/</c>.</summary>
    public string HomeDirectory =>
        Variables.TryGetValue("HOME", out var home) && home.Length > 0
            ? home
            : Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } inherited
                ? inherited
                : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}

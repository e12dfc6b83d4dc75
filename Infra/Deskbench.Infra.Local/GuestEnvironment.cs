using Deskbench.Core.Guest;

namespace Deskbench.Infra.Local;

/// <summary>
/// The environment variables the guest process gets on top of ours: its own HOME, runtime folder, token and environment id, and none of
/// the caller's session variables (display, buses, XDG folders, ASP.NET URLs) that would leak another desktop into it.
/// </summary>
internal static class GuestEnvironment
{
    private static readonly string[] Removed =
    [
        "DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "SESSION_MANAGER",
        "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_SESSION_ID", "XDG_SESSION_TYPE",
        "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK",
        "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS",
    ];

    /// <summary>
    /// Carries the environment's id into the guest and everything it starts (they inherit it), so that teardown finds them
    /// all even when the guest died first and its children were re-parented out of its tree (<see cref="ProcessGroup.Marked"/>).
    /// </summary>
    public const string EnvironmentIdVariable = "DESKBENCH_ENVIRONMENT_ID";

    public static IReadOnlyDictionary<string, string?> For(string home, string runtimeDirectory, string token, string environmentId)
    {
        var variables = Removed.ToDictionary(name => name, _ => (string?)null, StringComparer.Ordinal);
        variables["HOME"] = home;
        variables["XDG_RUNTIME_DIR"] = runtimeDirectory;
        variables[GuestProtocol.TokenEnvironmentVariable] = token;
        variables[EnvironmentIdVariable] = environmentId;
        return variables;
    }
}

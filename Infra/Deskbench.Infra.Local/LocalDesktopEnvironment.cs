using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Guest.Client;
using System.Globalization;

namespace Deskbench.Infra.Local;

/// <summary>
/// A desktop on this machine: an X display served by a guest process group, with its own HOME. Disposing stops the guest
/// group (SIGTERM, then SIGKILL), deletes HOME unless kept, and frees the display number.
/// </summary>
public sealed class LocalDesktopEnvironment : IEnvironment
{
    private readonly LocalSession _session;
    private readonly GuestHttpClient _client;

    internal LocalDesktopEnvironment(LocalSession session, GuestHttpClient client, ScreenSize screenSize)
    {
        _session = session;
        _client = client;
        ScreenSize = screenSize;
        Properties = new Dictionary<string, string>
        {
            ["display"] = Display,
            ["guestUrl"] = GuestUrl.AbsoluteUri,
            ["home"] = HomeDirectory,
            ["pid"] = ProcessId.ToString(CultureInfo.InvariantCulture),
        };
    }

    public string Id => _session.EnvironmentId;

    public string ProviderName => LocalDesktopProvider.ProviderName;

    public ScreenSize ScreenSize { get; }

    public IGuestClient Guest => _client;

    /// <summary>The same client, typed (for <see cref="GuestHttpClient.WaitUntilReadyAsync"/> and the base URL).</summary>
    public GuestHttpClient GuestClient => _client;

    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>The X display, e.g. <c>:90</c>.</summary>
    public string Display => _session.Display.Display;

    public int DisplayNumber => _session.Display.Number;

    public Uri GuestUrl => _client.BaseAddress;

    /// <summary>The fresh HOME of this desktop's user session.</summary>
    public string HomeDirectory => _session.HomeDirectory;

    /// <summary>The guest's pid, which is also the id of its process group.</summary>
    public int ProcessId => _session.Process?.Id ?? 0;

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _session.DisposeAsync().ConfigureAwait(false);
    }
}

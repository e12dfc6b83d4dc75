using System.Collections.Concurrent;
using Tmds.DBus.Protocol;

namespace Deskbench.Guest.Accessibility;

/// <summary>
/// The AT-SPI bus (its address asked from <c>org.a11y.Bus</c> on the session bus) plus a private peer-to-peer channel per
/// application, opened on first contact from the address the application gives (<c>GetApplicationBusAddress</c>) and kept
/// until the application goes away. Calls for an object go over its application's private channel when there is one.
/// </summary>
public sealed class AccessibilityBus : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, AtspiChannel> _peers = new(StringComparer.Ordinal);
    private int _disposed;

    private AccessibilityBus(AtspiChannel channel, string address)
    {
        Channel = channel;
        Address = address;
    }

    /// <summary>The AT-SPI bus address.</summary>
    public string Address { get; }

    /// <summary>The channel over the bus daemon.</summary>
    public AtspiChannel Channel { get; }

    /// <summary>Asks the session bus at <paramref name="sessionBusAddress"/> for the accessibility bus, then connects to it.</summary>
    public static async Task<AccessibilityBus> ConnectAsync(string sessionBusAddress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionBusAddress);
        string address;
        using (var session = new DBusConnection(sessionBusAddress))
        {
            await session.ConnectAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
            address = await new AtspiChannel(session, isPeer: false).GetAccessibilityBusAddressAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = new DBusConnection(address);
        try
        {
            await connection.ConnectAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new AccessibilityBus(new AtspiChannel(connection, isPeer: false), address);
    }

    /// <summary>The applications registered on the desktop (children of the registry's root).</summary>
    public Task<AccessibleRef[]> GetDesktopApplicationsAsync() =>
        Channel.GetChildrenAsync(new AccessibleRef(AtspiNames.Registry, AtspiNames.RootPath));

    /// <summary>The channel for calls on <paramref name="target"/>: its application's private one, else the bus.</summary>
    public AtspiChannel For(AccessibleRef target) => _peers.TryGetValue(target.Bus, out var peer) ? peer : Channel;

    /// <summary>
    /// Makes sure <paramref name="application"/> has a private channel: asks its address (which also makes GTK's bridge
    /// create its object cache) and connects. Applications without one keep using the bus.
    /// </summary>
    public async Task OpenPeerAsync(AccessibleRef application)
    {
        string address;
        try
        {
            address = await Channel.GetApplicationBusAddressAsync(application).ConfigureAwait(false);
        }
        catch (DBusExceptionBase)
        {
            return;
        }

        if (_peers.ContainsKey(application.Bus) || address.Length == 0 || Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        var connection = new DBusConnection(address);
        try
        {
            await connection.ConnectAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DBusExceptionBase or IOException or System.Net.Sockets.SocketException)
        {
            connection.Dispose();
            return;
        }

        var peer = new AtspiChannel(connection, isPeer: true);
        if (!_peers.TryAdd(application.Bus, peer))
        {
            peer.Dispose();
            return;
        }

        _ = peer.Disconnected.ContinueWith(
            _ =>
            {
                if (_peers.TryRemove(new KeyValuePair<string, AtspiChannel>(application.Bus, peer)))
                {
                    peer.Dispose();
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            foreach (var peer in _peers.Values)
            {
                peer.Dispose();
            }

            _peers.Clear();
            Channel.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}

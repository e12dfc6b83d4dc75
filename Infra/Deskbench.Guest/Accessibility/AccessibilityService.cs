using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Accessibility;

/// <summary>
/// The guest's way to the desktop's accessibility tree: connects to the AT-SPI bus of the session on first use, keeps the
/// connection (and the applications' private channels) between requests, and reconnects after a failure.
/// </summary>
public sealed class AccessibilityService(string? sessionBusAddress, AccessibilityTreeOptions options, ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private AccessibilityBus? _bus;

    /// <summary>Reads the whole tree. Throws <see cref="AccessibilityUnavailableException"/> when there is no AT-SPI bus.</summary>
    public async Task<AccessibilitySnapshot> ReadTreeAsync(CancellationToken cancellationToken)
    {
        var bus = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await new AccessibilityTreeReader(bus, options, loggerFactory.CreateLogger<AccessibilityTreeReader>())
                .ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Tmds.DBus.Protocol.DBusExceptionBase or TimeoutException or ObjectDisposedException)
        {
            await ResetAsync(bus).ConfigureAwait(false);
            throw new AccessibilityUnavailableException($"reading the accessibility tree failed: {exception.Message}", exception);
        }
    }

    /// <summary>The text of the focused terminal of an active window, or null when there is none (OSWorld's <c>/terminal</c>).</summary>
    public async Task<string?> ReadTerminalTextAsync(CancellationToken cancellationToken) =>
        TerminalText.Find(await ReadTreeAsync(cancellationToken).ConfigureAwait(false));

    private async Task<AccessibilityBus> ConnectAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _bus) is { } existing)
        {
            return existing;
        }

        await _connectLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_bus is not null)
            {
                return _bus;
            }

            var address = sessionBusAddress is { Length: > 0 } ? sessionBusAddress : Environment.GetEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
            if (string.IsNullOrEmpty(address))
            {
                throw new AccessibilityUnavailableException("the desktop has no session D-Bus (DBUS_SESSION_BUS_ADDRESS), so no AT-SPI bus");
            }

            try
            {
                _bus = await AccessibilityBus.ConnectAsync(address, cancellationToken).WaitAsync(options.ApplicationTimeout, cancellationToken)
                    .ConfigureAwait(false);
                return _bus;
            }
            catch (Exception exception) when (exception is Tmds.DBus.Protocol.DBusExceptionBase or TimeoutException or IOException or System.Net.Sockets.SocketException)
            {
                throw new AccessibilityUnavailableException($"the AT-SPI bus is not reachable: {exception.Message}", exception);
            }
        }
        finally
        {
            _connectLock.Release();
        }
    }

    private async Task ResetAsync(AccessibilityBus failed)
    {
        if (Interlocked.CompareExchange(ref _bus, null, failed) == failed)
        {
            await failed.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _bus, null) is { } bus)
        {
            await bus.DisposeAsync().ConfigureAwait(false);
        }

        _connectLock.Dispose();
    }
}

using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Accessibility;

/// <summary>One <see cref="AccessibilityService"/> per guest server, created on first use with the session's bus address.</summary>
public sealed class AccessibilityServiceSlot(AccessibilityTreeOptions options, ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private AccessibilityService? _service;
    private bool _disposed;

    public AccessibilityService Get(string? sessionBusAddress)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _service ??= new AccessibilityService(sessionBusAddress, options, loggerFactory);
        }
    }

    public async ValueTask DisposeAsync()
    {
        AccessibilityService? service;
        lock (_gate)
        {
            _disposed = true;
            service = _service;
            _service = null;
        }

        if (service is not null)
        {
            await service.DisposeAsync().ConfigureAwait(false);
        }
    }
}

using Deskbench.Guest.Linux;
using Deskbench.Testing;

namespace Deskbench.Guest.Tests.Linux;

/// <summary>One Xvfb + openbox display and one backend on it, shared (sequentially) by the Linux desktop tests.</summary>
public sealed class X11DesktopFixture : IAsyncLifetime
{
    private XvfbDisplay? display;
    private LinuxDesktopBackend? backend;

    public XvfbDisplay Display => display ?? throw new InvalidOperationException("The display is not running.");

    public LinuxDesktopBackend Backend => backend ?? throw new InvalidOperationException("The backend is not open.");

    public async ValueTask InitializeAsync()
    {
        if (DesktopTier.MissingCommands("Xvfb", "openbox", "xprop").Count > 0)
        {
            return;
        }

        display = await XvfbDisplay.StartAsync();
        backend = LinuxDesktopBackend.Open(display.Name);
    }

    /// <summary>Skips the test (with the reason printed) when Xvfb/openbox are missing; otherwise the running desktop.</summary>
    public X11DesktopFixture Require(params string[] commands)
    {
        DesktopTier.RequireXvfb();
        DesktopTier.RequireCommands(commands);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        backend?.Dispose();
        if (display is not null)
        {
            await display.DisposeAsync();
        }
    }
}

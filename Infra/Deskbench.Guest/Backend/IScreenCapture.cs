using Deskbench.Core.Environments;

namespace Deskbench.Guest.Backend;

/// <summary>Captures the whole screen. Implementations are safe to call from several threads (calls may be serialised).</summary>
public interface IScreenCapture
{
    ScreenSize Size { get; }

    /// <summary>PNG bytes of the full screen, with the mouse cursor drawn in when <paramref name="includeCursor"/>.</summary>
    byte[] CapturePng(bool includeCursor = true);
}

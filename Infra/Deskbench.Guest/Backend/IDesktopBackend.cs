namespace Deskbench.Guest.Backend;

/// <summary>The platform side of the guest: screen, input and windows of one desktop session.</summary>
public interface IDesktopBackend : IDisposable
{
    /// <summary>"Linux", "Windows" or "Darwin", as OSWorld's <c>/platform</c> answers.</summary>
    string Platform { get; }

    IScreenCapture Screen { get; }

    IInputInjector Input { get; }

    IWindowManager Windows { get; }
}

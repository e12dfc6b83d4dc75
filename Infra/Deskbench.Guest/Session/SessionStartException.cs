namespace Deskbench.Guest.Session;

/// <summary>A part of the desktop session (X server, session bus, accessibility bus, window manager) did not become ready.</summary>
public sealed class SessionStartException : Exception
{
    public SessionStartException(string message) : base(message) { }

    public SessionStartException(string message, Exception inner) : base(message, inner) { }
}

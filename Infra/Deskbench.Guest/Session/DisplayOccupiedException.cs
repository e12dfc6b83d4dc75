namespace Deskbench.Guest.Session;

/// <summary>Another X server already owns the requested display.</summary>
public sealed class DisplayOccupiedException : Exception
{
    public DisplayOccupiedException(string message) : base(message) { }

    public DisplayOccupiedException(string message, Exception inner) : base(message, inner) { }
}

namespace Deskbench.Core.Guest;

/// <summary>The guest did not answer, or answered with a server error: an infrastructure failure.</summary>
public sealed class GuestUnavailableException : Exception
{
    public GuestUnavailableException(string message) : base(message) { }

    public GuestUnavailableException(string message, Exception inner) : base(message, inner) { }
}

namespace Deskbench.Guest.Http;

/// <summary>A command could not be run (not found, timed out, malformed); the message is what OSWorld reports as <c>message</c>.</summary>
public sealed class GuestCommandException : Exception
{
    public GuestCommandException(string message) : base(message) { }

    public GuestCommandException(string message, Exception inner) : base(message, inner) { }
}

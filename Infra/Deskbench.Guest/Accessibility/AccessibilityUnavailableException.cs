namespace Deskbench.Guest.Accessibility;

/// <summary>The desktop's accessibility tree cannot be read (no session bus, no AT-SPI bus, the bus failed).</summary>
public sealed class AccessibilityUnavailableException : Exception
{
    public AccessibilityUnavailableException()
    {
    }

    public AccessibilityUnavailableException(string message)
        : base(message)
    {
    }

    public AccessibilityUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>
/// The desktop of the accessibility tests (<see cref="InProcessGuestDesktop"/>), with the AT-SPI bus launcher required.
/// Applications are started with the session's environment (<see cref="SessionApp"/>) so their accessibility bridges
/// register on its bus.
/// </summary>
public sealed class AccessibilityDesktopFixture() : InProcessGuestDesktop(
    TimeSpan.FromSeconds(120),
    scratchHome: false,
    new Dictionary<string, string> { ["/usr/libexec/at-spi-bus-launcher"] = "at-spi2-core" })
{
    /// <summary>Starts <paramref name="fileName"/> in the session (accessibility on, a scratch HOME).</summary>
    public SessionApp Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        SessionApp.Start(Session.Environment, fileName, arguments, environment);
}

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// How the Chrome setup steps reach the browser: connection attempts and the pause between them (Chrome may still be
/// starting after the task's <c>launch</c>; OSWorld tries 15 times), and the navigation timeout (OSWorld: 60 s).
/// </summary>
public sealed record ChromeStepOptions
{
    public int ConnectAttempts { get; init; } = 15;

    public TimeSpan ConnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan NavigationTimeout { get; init; } = TimeSpan.FromSeconds(60);
}

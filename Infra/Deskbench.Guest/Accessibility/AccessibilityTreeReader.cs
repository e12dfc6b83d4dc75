using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Accessibility;

/// <summary>
/// Reads the whole desktop's accessibility tree over one <see cref="AccessibilityBus"/>: every application is walked at
/// the same time. An application silent for <see cref="AccessibilityTreeOptions.ApplicationTimeout"/> (hung, stopped), or
/// still walking after <see cref="AccessibilityTreeOptions.ApplicationTimeLimit"/>, is written as an empty
/// <c>application</c> element marked <c>deskbench-timeout="true"</c> (and <c>deskbench-bus</c>); the others are returned whole.
/// </summary>
public sealed class AccessibilityTreeReader(AccessibilityBus bus, AccessibilityTreeOptions options, ILogger<AccessibilityTreeReader> logger)
{
    public const string TimeoutAttribute = "deskbench-timeout";
    public const string BusAttribute = "deskbench-bus";

    public async Task<AccessibilitySnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var applications = await bus.GetDesktopApplicationsAsync().WaitAsync(options.ApplicationTimeout, cancellationToken).ConfigureAwait(false);
        var walks = applications.Where(a => !a.IsNull).Select(a => WalkAsync(a, cancellationToken)).ToList();
        var results = await Task.WhenAll(walks).ConfigureAwait(false);
        var timedOut = results.Where(r => r.TimedOut).Select(r => r.Element.Get(BusAttribute) ?? "").ToList();
        return new AccessibilitySnapshot(results.Select(r => r.Element).ToList(), timedOut);
    }

    private async Task<(AccessibleElement Element, bool TimedOut)> WalkAsync(AccessibleRef application, CancellationToken cancellationToken)
    {
        try
        {
            var walker = new ApplicationTreeWalker(bus, options);
            var walk = walker.WalkAsync(application);
            var started = Environment.TickCount64;
            while (!walk.IsCompleted)
            {
                var poll = TimeSpan.FromMilliseconds(Math.Clamp(options.ApplicationTimeout.TotalMilliseconds / 10, 10, 250));
                await Task.WhenAny(walk, Task.Delay(poll, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                var elapsed = TimeSpan.FromMilliseconds(Environment.TickCount64 - started);
                if (!walk.IsCompleted && (walker.Silence > options.ApplicationTimeout || elapsed > options.ApplicationTimeLimit))
                {
                    logger.LogWarning(
                        "Accessibility: application {Bus} gave no answer for {Silence:0} ms ({Elapsed:0} ms in all); its subtree is left out",
                        application.Bus, walker.Silence.TotalMilliseconds, elapsed.TotalMilliseconds);
                    return (Placeholder(application, timedOut: true), true);
                }
            }

            return (await walk.ConfigureAwait(false), false);
        }
        catch (Tmds.DBus.Protocol.DBusExceptionBase exception)
        {
            logger.LogWarning("Accessibility: application {Bus} failed: {Message}", application.Bus, exception.Message);
            return (Placeholder(application, timedOut: false), false);
        }
    }

    private static AccessibleElement Placeholder(AccessibleRef application, bool timedOut)
    {
        var element = new AccessibleElement("application");
        element.Set("name", "");
        if (timedOut)
        {
            element.Set(TimeoutAttribute, "true");
        }

        element.Set(BusAttribute, application.Bus);
        return element;
    }
}

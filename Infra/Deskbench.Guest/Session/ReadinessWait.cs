namespace Deskbench.Guest.Session;

/// <summary>Polls a readiness condition of a starting child, failing fast when the child dies or the time is up.</summary>
internal static class ReadinessWait
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    public static async Task UntilAsync(
        Func<bool> isReady,
        SessionProcess process,
        string what,
        TimeSpan timeout,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        while (!isReady())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                await process.ExitedAndDrainedAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
                throw ExitedBefore(process, what);
            }

            if (timeProvider.GetElapsedTime(started) > timeout)
            {
                throw new SessionStartException($"{process.Name} did not get {what} within {timeout.TotalSeconds:0.#} s");
            }

            await Task.Delay(PollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the first stdout line of <paramref name="process"/>: the readiness signal of Xvfb and dbus-daemon.</summary>
    public static async Task<string> FirstLineAsync(
        SessionProcess process,
        string what,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(cancellationToken).AsTask().WaitAsync(timeout, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new SessionStartException($"{process.Name} did not report {what} within {timeout.TotalSeconds:0.#} s");
        }

        if (line is null)
        {
            // stdout closed: the process died; give its stderr a moment to be drained for the message.
            await process.ExitedAndDrainedAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            throw ExitedBefore(process, what);
        }

        return line.Trim();
    }

    public static SessionStartException ExitedBefore(SessionProcess process, string what)
    {
        var errors = process.RecentErrorOutput.Trim();
        var code = process.HasExited ? process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        return new SessionStartException(
            errors.Length == 0 ? $"{process.Name} exited (code {code}) before {what}" : $"{process.Name} exited (code {code}) before {what}: {errors}");
    }
}

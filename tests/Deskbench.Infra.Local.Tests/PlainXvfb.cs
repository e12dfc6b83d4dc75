using System.Diagnostics;

namespace Deskbench.Infra.Local.Tests;

/// <summary>An Xvfb started by a test to occupy a display number the provider should then avoid.</summary>
internal sealed class PlainXvfb : IAsyncDisposable
{
    private readonly Process _process;

    private PlainXvfb(Process process, int number)
    {
        _process = process;
        Number = number;
    }

    public int Number { get; }

    /// <summary>
    /// Starts <c>Xvfb :N</c> and waits for its socket. With <paramref name="hideFromFileChecks"/> it runs with -nolock and its
    /// socket file is removed afterwards: only its abstract socket still holds the display, so nothing on disk says
    /// "occupied" and only a second X server failing to start can tell.
    /// </summary>
    public static async Task<PlainXvfb> StartAsync(int number, bool hideFromFileChecks = false)
    {
        var startInfo = new ProcessStartInfo("Xvfb") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { $":{number}", "-screen", "0", "640x480x24", "-nolisten", "tcp" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (hideFromFileChecks)
        {
            startInfo.ArgumentList.Add("-nolock");
        }

        var process = Process.Start(startInfo)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var xvfb = new PlainXvfb(process, number);
        var socket = $"/tmp/.X11-unix/X{number}";
        if (!await LocalTestSupport.EventuallyAsync(() => File.Exists(socket) || process.HasExited, TimeSpan.FromSeconds(10)) || process.HasExited)
        {
            await xvfb.DisposeAsync();
            throw new InvalidOperationException($"test Xvfb :{number} did not start");
        }

        if (hideFromFileChecks)
        {
            // The socket file appears before the server has finished setting up its listeners: wait until a client is
            // served, then remove the file. (No probe afterwards: the X server recreates a missing socket file when a client
            // connects, so only the provider's own start attempt may find the server.)
            var served = await LocalTestSupport.EventuallyAsync(() => CanConnect(number), TimeSpan.FromSeconds(10));
            File.Delete(socket);
            if (!served)
            {
                await xvfb.DisposeAsync();
                throw new InvalidOperationException($"test Xvfb :{number} could not be hidden behind its abstract socket");
            }
        }

        return xvfb;
    }

    private static bool CanConnect(int number)
    {
        using var probe = Process.Start(new ProcessStartInfo("xdpyinfo") { ArgumentList = { "-display", $":{number}" }, RedirectStandardOutput = true, RedirectStandardError = true })!;
        probe.StandardOutput.ReadToEnd();
        probe.WaitForExit();
        return probe.ExitCode == 0;
    }

    /// <summary>A display number in [start, start+span) such that it and the next one are free.</summary>
    public static int FindFreePair(int start, int span)
    {
        for (var number = start; number < start + span; number++)
        {
            if (IsFree(number) && IsFree(number + 1))
            {
                return number;
            }
        }

        throw new InvalidOperationException($"no two free displays in :{start}..:{start + span}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static bool IsFree(int number) =>
        !DisplayReservations.IsHeldBySomeXServer(number) && !DisplayReservations.Shared.IsReserved(number);
}

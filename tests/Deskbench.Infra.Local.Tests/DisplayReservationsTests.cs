namespace Deskbench.Infra.Local.Tests;

/// <summary>Unit tier: display numbers handed out in-process never collide and skip numbers held on disk.</summary>
public sealed class DisplayReservationsTests
{
    [Fact]
    public async Task Parallel_reservations_get_distinct_numbers_and_release_them()
    {
        var reservations = new DisplayReservations();
        var skip = new HashSet<int>();

        var leases = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => reservations.TryReserve(5000, 16, skip))));

        Assert.All(leases, Assert.NotNull);
        Assert.Equal(16, leases.Select(l => l!.Number).Distinct().Count());
        Assert.Null(reservations.TryReserve(5000, 16, skip));
        leases[3]!.Dispose();
        leases[3]!.Dispose();
        Assert.Equal(leases[3]!.Number, reservations.TryReserve(5000, 16, skip)?.Number);
    }

    [Fact]
    public void Numbers_with_an_X_lock_file_or_in_the_skip_set_are_not_handed_out()
    {
        var reservations = new DisplayReservations();
        var number = Enumerable.Range(6000, 100).First(n => !DisplayReservations.IsHeldBySomeXServer(n) && !DisplayReservations.IsHeldBySomeXServer(n + 1));
        var lockFile = $"/tmp/.X{number}-lock";
        File.WriteAllText(lockFile, $"  {Environment.ProcessId}\n"); // a running process holds it
        try
        {
            Assert.Equal(number + 1, reservations.TryReserve(number, 3, new HashSet<int>())?.Number);
            Assert.Equal(number + 2, reservations.TryReserve(number, 3, new HashSet<int>())?.Number);
            Assert.Null(reservations.TryReserve(number, 3, new HashSet<int>()));
            Assert.Null(new DisplayReservations().TryReserve(number + 1, 1, new HashSet<int> { number + 1 }));
        }
        finally
        {
            File.Delete(lockFile);
        }
    }

    [Fact]
    public async Task A_lock_file_whose_process_is_gone_is_stale_and_its_number_is_handed_out()
    {
        var number = Enumerable.Range(6100, 100).First(n => !File.Exists($"/tmp/.X{n}-lock") && !File.Exists($"/tmp/.X11-unix/X{n}"));
        using var finished = System.Diagnostics.Process.Start("true")!;
        await finished.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.False(Directory.Exists($"/proc/{finished.Id}"), "the pid of an exited process should be gone");
        var lockFile = $"/tmp/.X{number}-lock";
        File.WriteAllText(lockFile, $"{finished.Id,10}\n");
        try
        {
            Assert.False(DisplayReservations.IsHeldBySomeXServer(number));
            Assert.Equal(number, new DisplayReservations().TryReserve(number, 1, new HashSet<int>())?.Number);
            File.WriteAllText(lockFile, "not a pid\n");
            Assert.True(DisplayReservations.IsHeldBySomeXServer(number)); // unreadable contents: held, to be safe
        }
        finally
        {
            File.Delete(lockFile);
        }
    }
}

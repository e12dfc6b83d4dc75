namespace Deskbench.Infra.Local.Tests;

/// <summary>
/// The sweep of folders left by a killed harness, on real folders: only a valid owner file naming processes that have all
/// ended makes a folder removable; symlinks are never followed; a leftover mount inside is detached first.
/// </summary>
public sealed class StaleScratchSweeperTests : IDisposable
{
    private readonly string _folder = LocalTestSupport.NewWorkDirectory();
    private readonly StaleScratchSweeper _sweeper = new();

    private string RuntimeRoot => Directory.CreateDirectory(Path.Combine(_folder, "rt")).FullName;

    private string WorkRoot => Directory.CreateDirectory(Path.Combine(_folder, "work")).FullName;

    public void Dispose()
    {
        foreach (var mount in MountTable.MountPointsUnder(_folder))
        {
            MountTable.TryDetach(mount);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Runtime_folders_go_only_when_their_owner_file_names_processes_that_all_ended()
    {
        var dead = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "deskbench-run-dead"), ScratchFolders.Dead);
        var reusedPid = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "deskbench-run-reused"), ScratchFolders.Alive with { StartTime = ScratchFolders.Alive.StartTime + 1 });
        var earlierBoot = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "deskbench-run-boot"), ScratchOwner.Here([ScratchFolders.Alive]) with { BootId = "another-boot" });
        var alive = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "deskbench-run-alive"), ScratchFolders.Alive);
        var guestAlive = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "deskbench-run-guest"), ScratchFolders.Dead, ScratchFolders.Alive);
        var otherNamespace = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "deskbench-run-ns"), ScratchOwner.Here([ScratchFolders.Dead]) with { PidNamespace = "pid:[1]" });
        var unmarked = Directory.CreateDirectory(Path.Combine(RuntimeRoot, "deskbench-run-unmarked")).FullName;
        var corrupt = Directory.CreateDirectory(Path.Combine(RuntimeRoot, "deskbench-run-corrupt")).FullName;
        File.WriteAllText(Path.Combine(corrupt, ScratchOwnerFile.FileName), $"deskbench-scratch-owner 1\nboot x\npidns y\nprocess {ScratchFolders.DeadPid}\n");
        var otherName = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "not-deskbench-dead"), ScratchFolders.Dead);

        var removed = _sweeper.Sweep(RuntimeRoot, []);

        Assert.Equal([earlierBoot, dead, reusedPid], removed.Order(StringComparer.Ordinal));
        Assert.All(removed, folder => Assert.False(Directory.Exists(folder), $"{folder} should be removed"));
        Assert.All([alive, guestAlive, otherNamespace, unmarked, corrupt, otherName], folder => Assert.True(Directory.Exists(folder), $"{folder} should be kept"));
        Assert.True(File.Exists(Path.Combine(alive, "content.txt")));
    }

    [Fact]
    public void Desktop_homes_below_a_work_root_go_with_the_folders_they_leave_empty_and_nothing_else()
    {
        var deadHome = ScratchFolders.Marked(Path.Combine(WorkRoot, "run-a", "task-1", "environment", "home-local-90-0000000a"), ScratchFolders.Dead);
        Directory.CreateDirectory(Path.Combine(WorkRoot, "run-a", "task-1", "cache"));
        var deadHomeBesideFiles = ScratchFolders.Marked(Path.Combine(WorkRoot, "run-b", "task-1", "environment", "home-local-91-0000000b"), ScratchFolders.Dead);
        var cacheFile = Path.Combine(WorkRoot, "run-b", "task-1", "cache", "task.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
        File.WriteAllText(cacheFile, "downloaded");
        var liveHome = ScratchFolders.Marked(Path.Combine(WorkRoot, "run-c", "task-1", "environment", "home-local-92-0000000c"), ScratchFolders.Alive);
        var unmarkedHome = Directory.CreateDirectory(Path.Combine(WorkRoot, "run-d", "task-1", "environment", "home-local-93-0000000d")).FullName;
        var tooDeep = ScratchFolders.Marked(Path.Combine(WorkRoot, "1", "2", "3", "4", "5", "6", "7"), ScratchFolders.Dead);

        var removed = _sweeper.Sweep(RuntimeRoot, [WorkRoot]);

        Assert.Equal([deadHome, deadHomeBesideFiles], removed.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(WorkRoot, "run-a")), "run-a held only the dead HOME and empty folders");
        Assert.False(Directory.Exists(Path.GetDirectoryName(deadHomeBesideFiles)), "the emptied environment folder of run-b goes");
        Assert.Equal("downloaded", File.ReadAllText(cacheFile));
        Assert.True(File.Exists(Path.Combine(liveHome, ScratchOwnerFile.FileName)));
        Assert.True(Directory.Exists(unmarkedHome));
        Assert.True(Directory.Exists(tooDeep));
        Assert.True(Directory.Exists(WorkRoot), "the work root itself stays");
    }

    [Fact]
    public void Symlinks_are_never_followed_out_of_a_stale_folder_nor_into_one()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_folder, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "precious.txt"), "keep");
        var dead = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "deskbench-run-dead"), ScratchFolders.Dead);
        Directory.CreateSymbolicLink(Path.Combine(dead, "link-to-outside"), outside);
        File.CreateSymbolicLink(Path.Combine(dead, "file-link"), Path.Combine(outside, "precious.txt"));
        var deadTarget = ScratchFolders.Marked(Path.Combine(_folder, "elsewhere", "deskbench-run-target"), ScratchFolders.Dead);
        var linkInRoot = Path.Combine(RuntimeRoot, "deskbench-run-link");
        Directory.CreateSymbolicLink(linkInRoot, deadTarget);
        var linkedWorkRun = Path.Combine(WorkRoot, "run-linked");
        Directory.CreateSymbolicLink(linkedWorkRun, Path.Combine(_folder, "elsewhere"));
        var markedWithLinkedOwner = Directory.CreateDirectory(Path.Combine(RuntimeRoot, "deskbench-run-linked-owner")).FullName;
        File.CreateSymbolicLink(Path.Combine(markedWithLinkedOwner, ScratchOwnerFile.FileName), Path.Combine(dead, ScratchOwnerFile.FileName));

        var removed = _sweeper.Sweep(RuntimeRoot, [WorkRoot]);

        Assert.Equal([dead], removed);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(outside, "precious.txt")));
        Assert.True(Directory.Exists(deadTarget), "a symlink named like a runtime folder is not followed");
        Assert.NotNull(new DirectoryInfo(linkInRoot).LinkTarget);
        Assert.NotNull(new DirectoryInfo(linkedWorkRun).LinkTarget);
        Assert.True(Directory.Exists(markedWithLinkedOwner), "an owner file that is a symlink is not an owner file");
    }

    [Fact]
    public async Task A_leftover_mount_inside_a_stale_folder_is_detached_before_the_folder_goes()
    {
        var dead = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "deskbench-run-mounted"), ScratchFolders.Dead);
        var mountPoint = Directory.CreateDirectory(Path.Combine(dead, "gvfs")).FullName;
        var mount = await Deskbench.Testing.Tool.RunAsync("mount", ["-t", "tmpfs", "deskbench-test", mountPoint], cancellationToken: TestContext.Current.CancellationToken);
        if (!mount.Succeeded)
        {
            Assert.Skip($"mounting a tmpfs needs CAP_SYS_ADMIN, which this test process lacks: {mount.StandardError.Trim()}");
        }

        File.WriteAllText(Path.Combine(mountPoint, "inside-the-mount.txt"), "x");
        Assert.Equal([mountPoint], MountTable.MountPointsUnder(LibC.RealPath(dead)!));

        var removed = _sweeper.Sweep(RuntimeRoot, []);

        Assert.Equal([dead], removed);
        Assert.False(Directory.Exists(dead));
        Assert.Empty(MountTable.MountPointsUnder(_folder));
    }

    [Fact]
    public void Sweeping_once_per_process_sweeps_the_same_locations_only_the_first_time()
    {
        var first = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "deskbench-run-first"), ScratchFolders.Dead);

        Assert.Equal([first], _sweeper.SweepOncePerProcess(RuntimeRoot, [WorkRoot]));
        var second = ScratchFolders.Marked(Path.Combine(RuntimeRoot, "deskbench-run-second"), ScratchFolders.Dead);
        Assert.Empty(new StaleScratchSweeper().SweepOncePerProcess(RuntimeRoot, [WorkRoot]));
        Assert.True(Directory.Exists(second));
        Assert.Equal([second], _sweeper.Sweep(RuntimeRoot, [WorkRoot]));
    }

    [Fact]
    public void Owner_records_round_trip_and_anything_malformed_is_no_owner()
    {
        var owner = ScratchOwner.Here([new OwnerProcess(123, 456), new OwnerProcess(789, 1011)]);

        var parsed = ScratchOwner.TryParse(owner.Format());

        Assert.NotNull(parsed);
        Assert.Equal(owner.BootId, parsed.BootId);
        Assert.Equal(owner.PidNamespace, parsed.PidNamespace);
        Assert.Equal(owner.Processes, parsed.Processes);
        Assert.False(string.IsNullOrEmpty(owner.BootId));
        Assert.StartsWith("pid:[", owner.PidNamespace, StringComparison.Ordinal);
        Assert.Null(ScratchOwner.TryParse(""));
        Assert.Null(ScratchOwner.TryParse(owner.Format().Replace("deskbench-scratch-owner 1", "something else", StringComparison.Ordinal)));
        Assert.Null(ScratchOwner.TryParse(ScratchOwner.Here([]).Format()));
        Assert.Null(ScratchOwner.TryParse(owner.Format() + "process -5 1\n"));
        Assert.Null(ScratchOwner.TryParse(owner.Format()[..owner.Format().LastIndexOf(' ')]));
        Assert.True(ScratchOwner.Here([ScratchFolders.Alive]).IsInUse());
        Assert.False(ScratchOwner.Here([ScratchFolders.Dead]).IsInUse());
        Assert.True(OwnerProcess.Of(Environment.ProcessId)!.Value.IsRunning);
        Assert.Equal(ProcessGroup.ReadStat(Environment.ProcessId)!.Value.StartTime, ScratchFolders.Alive.StartTime);
    }
}

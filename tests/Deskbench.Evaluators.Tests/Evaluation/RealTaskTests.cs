using Deskbench.Core.Actions;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Evaluation;

/// <summary>Real OSWorld task files, unchanged, evaluated against this machine as the guest.</summary>
public sealed class RealTaskTests : IDisposable
{
    private readonly EvaluatorTestBed bed = new();

    [Fact]
    public async Task Os_directory_exists_task_scores_1_only_when_the_agent_made_the_folder()
    {
        // os/e0df059f: exact_match of a shell test with ~ expanded in the guest.
        var task = TaskSpecs.FromFile(SuiteFiles.OsWorldTask("os/e0df059f"));
        Assert.Equal(0.0, (await bed.EvaluateAsync(task)).Score);
        Directory.CreateDirectory(Path.Combine(bed.Home, "Desktop", "todo_list_Jan_2"));
        Assert.Equal(1.0, (await bed.EvaluateAsync(task)).Score);
    }

    [Fact]
    public async Task Os_install_spotify_task_checks_which_output()
    {
        // os/94d95f96: check_include_exclude on `which spotify` (a string command without shell).
        var task = TaskSpecs.FromFile(SuiteFiles.OsWorldTask("os/94d95f96"));
        Assert.Equal(0.0, (await bed.EvaluateAsync(task)).Score);
        var spotify = bed.WriteGuestFile("bin/spotify", "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(spotify, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.Equal(1.0, (await bed.EvaluateAsync(task)).Score);
    }

    [Fact]
    public async Task System_report_task_takes_the_mean_of_file_contains_and_check_line_number()
    {
        // multi_apps/2373b66a: [file_contains, check_line_number], conj and, both on a vm_file.
        var task = TaskSpecs.FromFile(SuiteFiles.OsWorldTask("multi_apps/2373b66a"));
        Assert.Equal(0.0, (await bed.EvaluateAsync(task)).Score);

        var header = "Linux 5.15 (user)\n\n10:00:00 AM  CPU  %user  %nice  %system  %iowait  %steal  %idle\n";
        var rows = string.Concat(Enumerable.Range(1, 30).Select(i => $"10:00:{i:00} AM  all  1.0  0.0  0.5  0.0  0.0  98.5\n"));
        bed.WriteGuestFile("Desktop/System_Resources_Report.txt", header + rows + "Average:  all  1.0\n");
        var result = await bed.EvaluateAsync(task);
        Assert.Equal(1.0, result.Score);
        Assert.Equal(["file_contains", "check_line_number"], result.Metrics.Select(m => m.Metric));
    }

    [Fact]
    public async Task A_real_infeasible_task_needs_FAIL()
    {
        var task = TaskSpecs.FromFile(SuiteFiles.OsWorldTask("os/fe41f596"));
        Assert.True(task.Evaluator.IsInfeasible);
        Assert.Equal(1.0, (await bed.EvaluateAsync(task, [AgentAction.FromCode("FAIL")])).Score);
        Assert.Equal(0.0, (await bed.EvaluateAsync(task, [AgentAction.FromCode("DONE")])).Score);
    }

    [Fact]
    public async Task Moved_jpgs_task_reads_the_guest_folder_tree()
    {
        // os/23393935: check_moved_jpgs on list_directory of /home/user/Desktop/cpjpg.
        var task = TaskSpecs.FromFile(SuiteFiles.OsWorldTask("os/23393935"));
        string[] names = ["emnlp2023.jpg", "hk_group_photo.jpg", "hong-kong-china.jpg", "monk252520thailand252520wat252520arun252520scaled25255B225255D.jpg"];
        foreach (var name in names)
        {
            bed.WriteGuestFile(Path.Combine("Desktop", "cpjpg", name), "jpg");
        }

        Assert.Equal(1.0, (await bed.EvaluateAsync(task)).Score);
        bed.WriteGuestFile(Path.Combine("Desktop", "cpjpg", "notes.txt"), "x");
        Assert.Equal(0.0, (await bed.EvaluateAsync(task)).Score);
    }

    public void Dispose() => bed.Dispose();
}

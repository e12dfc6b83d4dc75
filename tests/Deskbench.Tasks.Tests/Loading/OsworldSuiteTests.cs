using System.Security.Cryptography;
using Deskbench.Tasks.Loading;
using Deskbench.Tasks.Tests.Support;

namespace Deskbench.Tasks.Tests.Loading;

/// <summary>The real OSWorld suite (shared/suites/osworld) loads completely, with the counts of osworld.md §1–§3.4.</summary>
public sealed class OsworldSuiteTests
{
    private static readonly Dictionary<string, int> AllPerDomain = new()
    {
        ["chrome"] = 46, ["gimp"] = 26, ["libreoffice_calc"] = 47, ["libreoffice_impress"] = 47, ["libreoffice_writer"] = 23,
        ["multi_apps"] = 101, ["os"] = 24, ["thunderbird"] = 15, ["vlc"] = 17, ["vs_code"] = 23,
    };

    private static readonly Dictionary<string, int> SmallPerDomain = new()
    {
        ["chrome"] = 4, ["gimp"] = 2, ["libreoffice_calc"] = 3, ["libreoffice_impress"] = 2, ["libreoffice_writer"] = 2,
        ["multi_apps"] = 17, ["os"] = 2, ["thunderbird"] = 2, ["vlc"] = 2, ["vs_code"] = 3,
    };

    private static Task<TaskLoadResult> LoadAsync(string relative) =>
        new TaskLoader().LoadAsync(Path.Combine(SuiteLocator.Osworld, relative), TestContext.Current.CancellationToken);

    private static Dictionary<string, int> CountPerDomain(TaskLoadResult result) =>
        result.Tasks.GroupBy(t => t.Domain).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public async Task Examples_folder_loads_all_369_tasks_per_domain_without_problems()
    {
        var result = await LoadAsync("examples");

        Assert.Empty(result.Problems);
        Assert.Equal(TaskSourceKind.Folder, result.SourceKind);
        Assert.Equal(369, result.TaskFileCount);
        Assert.Equal(369, result.Tasks.Count);
        Assert.Equal(AllPerDomain, CountPerDomain(result));
    }

    [Fact]
    public async Task Every_task_keeps_its_file_identity_domain_and_content_hash()
    {
        var result = await LoadAsync("examples");

        foreach (var task in result.Tasks)
        {
            Assert.Equal(Path.GetFileNameWithoutExtension(task.SourcePath), task.Id);
            Assert.Equal(Path.GetFileName(Path.GetDirectoryName(task.SourcePath)), task.Domain);
            Assert.True(Path.IsPathFullyQualified(task.SourcePath));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(task.SourcePath))), task.ContentHash);
            Assert.Equal(task.Id, task.Raw["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Evaluators_are_normalised_with_the_suite_statistics_of_the_reference()
    {
        var tasks = (await LoadAsync("examples")).Tasks;

        // osworld.md §3.1: 51 multi-metric tasks (conj or 25, implicit and 21, explicit and 5); 29 infeasible.
        var multi = tasks.Where(t => t.Evaluator.IsList).ToList();
        Assert.Equal(51, multi.Count);
        Assert.Equal(25, multi.Count(t => t.Evaluator.Conj == "or"));
        Assert.Equal(26, multi.Count(t => t.Evaluator.Conj == "and"));
        Assert.Equal(5, multi.Count(t => t.Raw["evaluator"]!["conj"]?.GetValue<string>() == "and"));
        Assert.Equal(29, tasks.Count(t => t.Evaluator.IsInfeasible));

        foreach (var evaluator in tasks.Select(t => t.Evaluator))
        {
            var n = evaluator.Funcs.Count;
            Assert.True(evaluator.IsList || n == 1);
            Assert.Equal(n, evaluator.Results.Count);
            Assert.Equal(n, evaluator.Expected.Count);
            Assert.Equal(n, evaluator.Options.Count);
        }
    }

    [Fact]
    public async Task Single_and_multi_metric_examples_of_the_reference_read_as_documented()
    {
        var tasks = (await LoadAsync("examples")).Tasks;

        var single = Assert.Single(tasks, t => t.Id == "94d95f96-9699-4208-98ba-3c3119edf9c2");
        Assert.Equal("os", single.Domain);
        Assert.False(single.Evaluator.IsList);
        Assert.Equal(["check_include_exclude"], single.Evaluator.Funcs);
        Assert.Equal("and", single.Evaluator.Conj);
        Assert.Equal("vm_command_line", single.Evaluator.Results[0]!.Type);
        Assert.Equal("which spotify", single.Evaluator.Results[0]!.Spec["command"]!.GetValue<string>());
        Assert.True(single.Evaluator.HasExpected);
        Assert.Equal("rule", single.Evaluator.Expected[0]!.Type);
        Assert.Equal("execute", Assert.Single(single.Config).Type);
        Assert.Equal("low", single.PossibilityOfEnvChange);

        var multi = Assert.Single(tasks, t => t.Id.StartsWith("c867c42d", StringComparison.Ordinal));
        Assert.True(multi.Evaluator.IsList);
        Assert.Equal(["compare_csv", "compare_table"], multi.Evaluator.Funcs);
        Assert.Equal(["vm_file", "vm_file"], multi.Evaluator.Results.Select(r => r!.Type));
        Assert.Equal(["cloud_file", "cloud_file"], multi.Evaluator.Expected.Select(r => r!.Type));
        Assert.Null(multi.Evaluator.Options[0]);
        Assert.NotNull(multi.Evaluator.Options[1]!["rules"]);
        Assert.Equal(["launch", "download", "execute", "launch"], multi.Config.Select(s => s.Type));
    }

    [Fact]
    public async Task Setup_steps_match_the_usage_counts_of_the_reference()
    {
        var tasks = (await LoadAsync("examples")).Tasks;

        // osworld.md §2 "How often each type is used".
        Assert.Equal(278, tasks.Sum(t => t.Config.Count(s => s.Type == "download")));
        Assert.Equal(274, tasks.Sum(t => t.Config.Count(s => s.Type == "launch")));
        Assert.Equal(53, tasks.Sum(t => t.Config.Count(s => s.Type == "chrome_open_tabs")));
        Assert.Equal(294, tasks.Sum(t => t.Evaluator.Postconfig.Count(s => s.Type == "sleep")));
        Assert.Equal(8, tasks.Sum(t => t.Evaluator.Postconfig.Count(s => s.Type == "close_window")));
        Assert.Equal(52, tasks.Count(t => t.Proxy));
        Assert.Equal(8, tasks.Count(t => t.FixedIp));
        Assert.Equal(4, tasks.Count(t => t.Hint is not null));
    }

    [Fact]
    public async Task Unknown_keys_are_kept_in_raw()
    {
        var tasks = (await LoadAsync("examples")).Tasks;

        var withExtra = Assert.Single(tasks, t => t.Raw.ContainsKey("env_may_change"));
        Assert.NotNull(withExtra.Raw["env_may_change"]);
    }

    [Fact]
    public async Task Windows_examples_load_49_tasks_per_domain()
    {
        var result = await LoadAsync("examples_windows");

        Assert.Empty(result.Problems);
        Assert.Equal(49, result.Tasks.Count);
        Assert.Equal(new Dictionary<string, int> { ["excel"] = 11, ["word"] = 9, ["ppt"] = 7, ["multi_app"] = 22 }, CountPerDomain(result));
    }

    [Fact]
    public async Task Test_all_index_resolves_369_tasks()
    {
        var result = await LoadAsync("test_all.json");

        Assert.Equal(TaskSourceKind.Index, result.SourceKind);
        Assert.Empty(result.Problems);
        Assert.Equal(369, result.Tasks.Count);
        Assert.Equal(AllPerDomain, CountPerDomain(result));
    }

    [Fact]
    public async Task Test_small_index_resolves_39_tasks()
    {
        var result = await LoadAsync("test_small.json");

        Assert.Empty(result.Problems);
        Assert.Equal(39, result.Tasks.Count);
        Assert.Equal(SmallPerDomain, CountPerDomain(result));
    }

    [Fact]
    public async Task Test_nogdrive_index_resolves_361_tasks()
    {
        var result = await LoadAsync("test_nogdrive.json");

        Assert.Empty(result.Problems);
        Assert.Equal(361, result.Tasks.Count);
        Assert.DoesNotContain(result.Tasks, t => t.Id.StartsWith("46407397", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Loading_the_whole_suite_folder_skips_index_files_and_reports_the_reused_windows_ids()
    {
        var result = await LoadAsync(".");

        // The 49 Windows tasks are ports that keep their Ubuntu task's id: one suite at a time, or they collide.
        Assert.Equal(369 + 49, result.TaskFileCount);
        Assert.Equal(369, result.Tasks.Count);
        Assert.Equal(49, result.Problems.Count);
        Assert.All(result.Problems, p =>
        {
            Assert.Contains($"{Path.DirectorySeparatorChar}examples_windows{Path.DirectorySeparatorChar}", p.File, StringComparison.Ordinal);
            Assert.Equal("$.id", p.JsonPath);
        });
    }
}

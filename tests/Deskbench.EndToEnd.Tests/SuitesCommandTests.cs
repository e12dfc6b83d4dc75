using System.Text.Json;
using Deskbench.Testing;

namespace Deskbench.EndToEnd.Tests;

/// <summary><c>deskbench suites coverage</c> through the CLI: the example suite is fully covered; the OSWorld suite is counted.</summary>
public sealed class SuitesCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Coverage_of_the_example_suite_is_complete()
    {
        var result = await DeskbenchCli.RunAsync(Timeout, "suites", "coverage", Path.Combine(DeskbenchCli.ExampleSuite, "test_all.json"));

        Assert.Equal(0, result.ExitCode);
        var total = result.StandardOutput.Split('\n').Single(l => l.StartsWith("total ", StringComparison.Ordinal));
        var cells = total.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(cells[1], cells[2]);
        Assert.True(int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture) >= 12, total);
        Assert.Contains("100.0%", total, StringComparison.Ordinal);
        Assert.Contains("missing: none", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_json_of_the_osworld_suite_counts_every_task_and_sorts_missing_names()
    {
        var suites = SharedSuites.Require();
        var result = await DeskbenchCli.RunAsync(Timeout, "suites", "coverage", "--json", Path.Combine(suites, "osworld", "test_all.json"));

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.StandardOutput);
        var root = document.RootElement;
        var domains = root.GetProperty("domains").EnumerateArray().ToList();
        Assert.Contains(domains, d => d.GetProperty("domain").GetString() == "vs_code");
        var total = root.GetProperty("total");
        Assert.Equal(369, total.GetProperty("tasks").GetInt32());
        Assert.Equal(domains.Sum(d => d.GetProperty("covered").GetInt32()), total.GetProperty("covered").GetInt32());
        Assert.InRange(total.GetProperty("covered").GetInt32(), 1, 369);

        var blocks = root.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("tasks").GetInt32()).ToList();
        Assert.Equal(blocks.OrderByDescending(b => b), blocks);
        var uncovered = total.GetProperty("tasks").GetInt32() - total.GetProperty("covered").GetInt32();
        Assert.True(uncovered == 0 || blocks.Count > 0, "uncovered tasks must name at least one missing feature");
    }

    [Fact]
    public async Task Coverage_table_lists_domains_and_missing_names_of_the_osworld_suite()
    {
        var suites = SharedSuites.Require();
        var result = await DeskbenchCli.RunAsync(Timeout, "suites", "coverage", Path.Combine(suites, "osworld"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("libreoffice_calc", result.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^total\s+369\s+\d+\s+\d+\.\d%", result.StandardOutput);
    }
}

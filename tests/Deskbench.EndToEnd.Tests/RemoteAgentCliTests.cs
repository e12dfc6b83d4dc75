using System.Diagnostics;
using System.Text.Json.Nodes;
using Deskbench.Testing;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// The shipped Python example agent (Agents/examples/python/agent_server.py, standard library only, run by Debian's
/// python3) serves the agent protocol; the real CLI runs tasks of the example suite against it with <c>--agent remote</c>.
/// </summary>
public sealed class RemoteAgentCliTests : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly string _scratch = Directory.CreateTempSubdirectory("deskbench-remote-agent-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task The_python_example_agent_solves_example_tasks_through_the_cli()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Python))
        {
            Assert.Skip($"{Python} and the local provider (Linux) are needed");
            return;
        }

        DesktopTier.RequireXvfb();
        DesktopTier.RequireCommands("xterm", "mousepad");
        var suite = Path.Combine(DeskbenchCli.ExampleSuite, "examples");
        using var agent = StartAgent(suite);
        try
        {
            await RunAgainstAsync(await ReadListeningUrlAsync(agent));
        }
        finally
        {
            agent.Kill(entireProcessTree: true);
        }
    }

    private async Task RunAgainstAsync(string url)
    {
        var index = Path.Combine(_scratch, "tasks");
        CopySubset(index);
        var results = Path.Combine(_scratch, "results");

        var run = await DeskbenchCli.RunAsync(TimeSpan.FromMinutes(4),
            "run", "--tasks", Path.Combine(index, "subset.json"), "--agent", "remote", "--agent-url", url, "--results", results, "--model", "py-example", "--plain");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.StandardOutput}\n{run.StandardError}");
        var folders = Directory.GetDirectories(Path.Combine(results, "pyautogui", "screenshot", "py-example"), "*", SearchOption.AllDirectories)
            .Where(d => File.Exists(Path.Combine(d, "result.json"))).ToList();
        Assert.Equal(3, folders.Count);
        foreach (var folder in folders)
        {
            var result = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "result.json"), TestContext.Current.CancellationToken))!;
            Assert.True((string?)result["status"] == "scored" && (double?)result["score"] == 1.0, $"{folder}: {result}\n{run.StandardOutput}");
            // The agent reported usage (zero tokens): it is recorded.
            Assert.Equal(0, (long)result["usage"]!["input_tokens"]!);
            var trajectory = await File.ReadAllLinesAsync(Path.Combine(folder, "traj.jsonl"), TestContext.Current.CancellationToken);
            // The agent read the screenshot it was sent: its response names the screen size from the PNG header.
            Assert.Contains("screen 1920x1080", (string?)JsonNode.Parse(trajectory[0])!["response"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unreachable_agent_is_an_agent_error_and_a_bad_url_is_refused()
    {
        var badUrl = await DeskbenchCli.RunAsync(TimeSpan.FromMinutes(1),
            "run", "--tasks", DeskbenchCli.ExampleSuite, "--agent", "remote", "--agent-url", "ftp://example", "--results", Path.Combine(_scratch, "r1"));
        Assert.Equal(2, badUrl.ExitCode);
        Assert.Contains("--agent-url 'ftp://example'", badUrl.StandardError, StringComparison.Ordinal);

        var missing = await DeskbenchCli.RunAsync(TimeSpan.FromMinutes(1),
            "run", "--tasks", DeskbenchCli.ExampleSuite, "--agent", "remote", "--results", Path.Combine(_scratch, "r2"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--agent remote needs --agent-url", missing.StandardError, StringComparison.Ordinal);
    }

    private void CopySubset(string index)
    {
        string[] tasks = ["terminal/1e878710-9bae-5f2c-94e1-005f2cc2a347", "terminal/69d37ff7-e3e1-50ab-8a6e-37405343f9ba", "mousepad/3bcf75f1-0f6d-501e-8cda-66a69ed3df2c"];
        foreach (var task in tasks)
        {
            var target = Path.Combine(index, "examples", task + ".json");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(DeskbenchCli.ExampleSuite, "examples", task + ".json"), target);
        }

        var byDomain = tasks.GroupBy(t => t.Split('/')[0]).ToDictionary(g => g.Key, g => new JsonArray([.. g.Select(t => (JsonNode?)t.Split('/')[1])]));
        File.WriteAllText(Path.Combine(index, "subset.json"), new JsonObject([.. byDomain.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))]).ToJsonString());
        var assets = Path.Combine(DeskbenchCli.ExampleSuite, "assets");
        foreach (var file in Directory.GetFiles(assets))
        {
            Directory.CreateDirectory(Path.Combine(index, "assets"));
            File.Copy(file, Path.Combine(index, "assets", Path.GetFileName(file)));
        }
    }

    private static Process StartAgent(string solutions)
    {
        var script = Path.Combine(DeskbenchCli.RepositoryRoot, "Agents", "examples", "python", "agent_server.py");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-u", script, "--port", "0", "--solutions", solutions])
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task<string> ReadListeningUrlAsync(Process agent)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var line = await agent.StandardOutput.ReadLineAsync(limit.Token);
        Assert.True(line is not null && line.StartsWith("listening on ", StringComparison.Ordinal), $"the example agent said: {line}");
        _ = agent.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        return line["listening on ".Length..].Trim();
    }
}

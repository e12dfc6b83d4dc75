using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Environments;
using Deskbench.Core.Results;
using Deskbench.Core.Tasks;
using Deskbench.Evaluators;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Results;
using Deskbench.Harness.Runs;
using Deskbench.Infra.Local;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Setup;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Agents.Anthropic.Tests;

/// <summary>
/// Desktop tier: the anthropic-cu agent, talking to a local server that speaks the Messages API, drives a real episode on
/// a fresh Xvfb desktop (local provider, real setup steps, the harness's translators, the OSWorld evaluator) to a real score.
/// </summary>
public sealed class AnthropicEpisodeDesktopTests : IDisposable
{
    private const string KeyVariable = "DESKBENCH_TEST_ANTHROPIC_EPISODE_KEY";
    private readonly string _folder = Directory.CreateTempSubdirectory("deskbench-anthropic-episode-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Model_types_into_a_terminal_and_the_task_scores_one()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/Xvfb") || !File.Exists("/usr/bin/xterm"))
        {
            Assert.Skip("desktop tier: needs Linux with Xvfb and xterm (apt-get install xvfb openbox xterm)");
        }

        Environment.SetEnvironmentVariable(KeyVariable, "sk-ant-episode-test");
        var output = Path.Combine(_folder, "typed.txt");
        var task = TypeIntoTerminalTask(output, "deskbench-anthropic");
        await using var server = new StubVendorServer();
        server.Enqueue(AnthropicReplies.ToolUse("toolu_1", new JsonObject { ["action"] = "type", ["text"] = "deskbench-anthropic" }, "I will type into the terminal."));
        server.Enqueue(AnthropicReplies.ToolUse("toolu_2", new JsonObject { ["action"] = "key", ["text"] = "Return" }));
        server.Enqueue(AnthropicReplies.Text("The line is entered. DONE"));

        var screen = new ScreenSize(1280, 800);
        var runner = new EpisodeRunner(
            new LocalDesktopProvider(new LocalProviderOptions { ScreenSize = screen }, NullLoggerFactory.Instance, TimeProvider.System),
            SetupRunner.CreateDefault(new SetupRunnerOptions(), TimeProvider.System, NullLoggerFactory.Instance),
            new OsWorldTaskEvaluator(GetterRegistry.CreateDefault(), MetricRegistry.CreateDefault(), NullLogger<OsWorldTaskEvaluator>.Instance),
            new FolderAssetCache(Directory.CreateDirectory(Path.Combine(_folder, "assets")).FullName),
            ActionTranslatorRegistry.CreateDefault(screen.Width, screen.Height),
            new EpisodeRunnerOptions { MaxSteps = 5, ScreenSize = screen, PauseAfterAction = TimeSpan.FromMilliseconds(300), WorkRoot = Path.Combine(_folder, "work") },
            TimeProvider.System,
            NullLogger<EpisodeRunner>.Instance);
        var agent = AnthropicAgentFactory.Create(new AnthropicAgentSettings { BaseUrl = server.BaseUrl, ApiKeyVariable = KeyVariable, MaxRetries = 1 }, NullLoggerFactory.Instance);
        await using var _ = agent;
        var store = new ResultStore(Path.Combine(_folder, "results"), new RunKey(agent.ActionSpace, "screenshot", agent.Name), NullLogger<ResultStore>.Instance);
        var run = new BenchmarkRun(runner, agent, store, new BenchmarkRunOptions { InfraRetries = 0 }, TimeProvider.System, NullLogger<BenchmarkRun>.Instance);
        var summary = await run.RunAsync([task], TestContext.Current.CancellationToken);

        var result = store.TryReadResult("os", task.Id);
        Assert.NotNull(result);
        Assert.True(result.Score == 1.0, $"score {result.Score}, status {result.Status}, error {result.Error}");
        Assert.Equal(1.0, summary.Total.Success);
        Assert.Equal(FinishReason.Done, result.FinishReason);
        Assert.Equal(3000, result.Usage!.InputTokens);
        Assert.NotNull(result.Usage.CostUsd);
        Assert.Equal(3, server.Requests.Count);

        // The model saw the real desktop: the first request carries a screenshot of the 1280x800 screen (within Anthropic's limits, so unscaled).
        var tool = server.Requests[0].Body["tools"]![0]!;
        Assert.Equal(1280, (int)tool["display_width_px"]!);
        var trajectory = await File.ReadAllTextAsync(Path.Combine(store.GetTaskDirectory("os", task.Id), "traj.jsonl"), TestContext.Current.CancellationToken);
        Assert.Contains("deskbench-anthropic", trajectory, StringComparison.Ordinal);
    }

    private TaskSpec TypeIntoTerminalTask(string outputFile, string expected)
    {
        SetupStep[] config =
        [
            new("launch", new JsonObject { ["command"] = new JsonArray("xterm", "-e", "sh", "-c", $"read line; echo \"$line\" > {outputFile}") }),
            new("sleep", new JsonObject { ["seconds"] = 1.5 }),
        ];
        var evaluator = new EvaluatorSpec
        {
            Funcs = ["check_include_exclude"],
            Results = [new GetterSpec("vm_command_line", new JsonObject { ["type"] = "vm_command_line", ["command"] = $"cat {outputFile}", ["shell"] = true })],
            Expected = [new GetterSpec("rule", new JsonObject
            {
                ["type"] = "rule",
                ["rules"] = new JsonObject { ["include"] = new JsonArray(expected), ["exclude"] = new JsonArray("No such file") },
            })],
            HasExpected = true,
            Options = [null],
        };
        var raw = new JsonObject { ["id"] = "anthropic-type", ["instruction"] = "Type deskbench-anthropic into the terminal and press enter." };
        var path = Path.Combine(_folder, "anthropic-type.json");
        File.WriteAllText(path, raw.ToJsonString());
        return new TaskSpec
        {
            Id = "anthropic-type",
            Domain = "os",
            Instruction = (string)raw["instruction"]!,
            Config = config,
            Evaluator = evaluator,
            SourcePath = path,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw.ToJsonString()))),
            Raw = raw,
        };
    }
}

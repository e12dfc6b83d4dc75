using Deskbench.Core.Evaluation;
using Deskbench.Core.Results;
using Deskbench.Harness.Results;
using Deskbench.Harness.Trajectory;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;
using System.Text.Json.Nodes;

namespace Deskbench.Report.Tests;

/// <summary>
/// A real results folder written with <see cref="ResultStore"/>: domains "alpha" (two scored tasks, one with a hostile
/// instruction and action) and "beta" (an agent_error, and a task the manifest lists that has no result). Every step
/// screenshot is a flat colour of its own, so a viewer that changes the image can be told from one that does not.
/// </summary>
public sealed class SampleResults : IDisposable
{
    public const string HostileInstruction = "Close the <script>alert('pwned')</script> dialog & save";
    public const string HostileAction = "pyautogui.typewrite('</script><img src=x onerror=alert(1)>')";
    public const string HostileError = "agent crashed: <b>boom</b>";
    public const string ScriptTaskId = "task-script";
    public const string PlainTaskId = "task-plain";
    public const string ErrorTaskId = "task-error";
    public const string MissingTaskId = "task-missing";

    public static readonly SKColor[] StepColors = [new(220, 40, 40), new(40, 160, 60), new(40, 80, 220)];

    private SampleResults(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string RunDirectory => Path.Combine(Root, "pyautogui", "screenshot", "scripted");

    public string TasksDirectory => Path.Combine(Root, "task-files");

    public static async Task<SampleResults> CreateAsync(CancellationToken cancellationToken)
    {
        var sample = new SampleResults(Path.Combine(Path.GetTempPath(), "deskbench-report-" + Guid.NewGuid().ToString("N")));
        await sample.WriteAsync(cancellationToken);
        return sample;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var store = new ResultStore(Root, new RunKey("pyautogui", "screenshot", "scripted"), NullLogger<ResultStore>.Instance);
        Directory.CreateDirectory(TasksDirectory);
        var tasks = new List<RunManifestTask>
        {
            WriteTaskFile("alpha", ScriptTaskId, HostileInstruction),
            WriteTaskFile("alpha", PlainTaskId, "Open the plain text file and type hello."),
            WriteTaskFile("beta", ErrorTaskId, "Rename the folder to archive."),
            WriteTaskFile("beta", MissingTaskId, "A task that never ran."),
        };
        var started = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await store.WriteManifestAsync(new RunManifest
        {
            RunId = "sample-run",
            StartedAt = started,
            FinishedAt = started.AddMinutes(3),
            Status = "finished",
            Agent = "scripted",
            Provider = "local",
            ObservationType = "screenshot",
            ActionSpace = "pyautogui",
            MaxSteps = 15,
            DeskbenchVersion = "0.1.0-test",
            Machine = MachineInfo.Current(),
            Tasks = tasks,
        }, cancellationToken);

        await WriteEpisodeAsync(store, "alpha", ScriptTaskId, [HostileAction, "pyautogui.press('enter')", "DONE"], Scored(1.0), started, cancellationToken);
        await WriteEpisodeAsync(store, "alpha", PlainTaskId, ["pyautogui.typewrite('hello')", "DONE"], Scored(0.0), started, cancellationToken);
        await WriteEpisodeAsync(store, "beta", ErrorTaskId, ["pyautogui.click(10, 10)"], r => r with
        {
            Status = EpisodeStatus.AgentError,
            FinishReason = FinishReason.Error,
            Error = HostileError,
        }, started, cancellationToken);
    }

    private static Func<EpisodeResult, EpisodeResult> Scored(double score) => r => r with
    {
        Status = EpisodeStatus.Scored,
        Score = score,
        FinishReason = FinishReason.Done,
        Metrics = [new MetricScore("exact_match", score, score >= 1 ? null : "expected <hello>, got nothing")],
    };

    private RunManifestTask WriteTaskFile(string domain, string id, string instruction)
    {
        var path = Path.Combine(TasksDirectory, id + ".json");
        var task = new JsonObject
        {
            ["id"] = id,
            ["instruction"] = instruction,
            ["config"] = new JsonArray(),
            ["evaluator"] = new JsonObject { ["func"] = "exact_match", ["result"] = new JsonObject { ["type"] = "vm_file" } },
        };
        File.WriteAllText(path, task.ToJsonString());
        return new RunManifestTask(id, domain, "sha256:test", path);
    }

    private static async Task WriteEpisodeAsync(
        ResultStore store,
        string domain,
        string taskId,
        IReadOnlyList<string> actions,
        Func<EpisodeResult, EpisodeResult> outcome,
        DateTimeOffset started,
        CancellationToken cancellationToken)
    {
        var folder = store.PrepareTaskFolder(domain, taskId);
        for (var i = 0; i < actions.Count; i++)
        {
            var done = actions[i] == "DONE";
            var info = done ? new JsonObject { ["done"] = true } : new JsonObject();
            var entry = new TrajectoryEntry(i + 1, started.AddSeconds(i), JsonValue.Create(actions[i]), $"thinking about step {i + 1}", done, info);
            await folder.RecordActionAsync(entry, Png(StepColors[i % StepColors.Length]), cancellationToken);
        }

        var result = outcome(new EpisodeResult
        {
            TaskId = taskId,
            Domain = domain,
            Status = EpisodeStatus.Scored,
            Steps = actions.Count,
            Actions = actions.Count,
            StartedAt = started,
            FinishedAt = started.AddSeconds(actions.Count),
        });
        await store.WriteResultAsync(folder, result, cancellationToken);
    }

    private static byte[] Png(SKColor color)
    {
        using var bitmap = new SKBitmap(320, 200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

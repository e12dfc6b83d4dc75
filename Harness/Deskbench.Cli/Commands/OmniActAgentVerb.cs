using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Agents;
using Deskbench.Core.Agents;
using Deskbench.Core.Tasks;
using Deskbench.Evaluators.OmniAct;
using Deskbench.Harness;
using Deskbench.Harness.Results;
using Deskbench.Tasks.OmniAct;

namespace Deskbench.Cli.Commands;

/// <summary>
/// <c>deskbench run --suite omniact --agent NAME</c>: each item of the split gives the agent one observation — the
/// screenshot and the task — and its reply (the code of its actions, one per line) is the item's predicted PyAutoGUI
/// script. Predictions are stored per item (<c>&lt;results&gt;/omniact/&lt;split&gt;/predictions/&lt;model&gt;/&lt;index&gt;.json</c>,
/// atomically), so a rerun resumes; then the whole split is scored as with <c>--predictions</c>. An agent that fails on an
/// item predicts an empty script for it (scored 0), and the error is kept in the item's file.
/// </summary>
public sealed class OmniActAgentVerb(OmniActScoringSettings scoring, Func<IAgent> createAgent, IReadOnlyList<string> sideFiles)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OmniActTask> tasks;
        try
        {
            tasks = await OmniActDatasetLoader.LoadSplitAsync(scoring.DatasetRoot, scoring.Split, cancellationToken).ConfigureAwait(false);
        }
        catch (OmniActDatasetException e)
        {
            throw new CliException($"--omniact-root '{scoring.DatasetRoot}': {e.Message}");
        }

        await using var agent = createAgent();
        var model = scoring.Model ?? agent.Name;
        var folder = Path.Combine(Path.GetFullPath(scoring.ResultsPath), "omniact", PathSegment.Sanitize(scoring.Split), "predictions", PathSegment.Sanitize(model));
        Directory.CreateDirectory(folder);
        var predictions = new List<string>(tasks.Count);
        var failed = 0;
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            var path = Path.Combine(folder, PathSegment.Sanitize(task.Index) + ".json");
            if (ReadStored(path) is { } stored)
            {
                predictions.Add(stored);
                continue;
            }

            var (script, response, error) = await PredictAsync(agent, task, sideFiles, cancellationToken).ConfigureAwait(false);
            failed += error is null ? 0 : 1;
            var record = new JsonObject { ["index"] = task.Index, ["script"] = script, ["response"] = response, ["error"] = error };
            await AtomicFile.WriteAllTextAsync(path, record.ToJsonString(), cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine($"[{(i + 1).ToString(CultureInfo.InvariantCulture),4}/{tasks.Count}] {task.Platform}/{task.App} #{task.Index}: "
                + (error is null ? $"{script.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} line(s)" : $"agent error: {error}"));
            predictions.Add(script);
        }

        if (failed > 0)
        {
            Console.Out.WriteLine($"deskbench: the agent failed on {failed} item(s); they are scored as empty scripts");
        }

        return await new OmniActScoringVerb(scoring).ScoreAndReportAsync(tasks, predictions, model, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The side files (OCR, DetACT colour and icon) of <paramref name="task"/> that the run asked for and the dataset has.</summary>
    private static async Task<Dictionary<string, string>> ReadSideFilesAsync(OmniActTask task, IReadOnlyList<string> wanted, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in wanted)
        {
            var path = name switch { "ocr" => task.OcrPath, "color" => task.ColorPath, "icon" => task.IconPath, _ => null };
            if (path is not null && File.Exists(path))
            {
                files[name] = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }
        }

        return files;
    }

    private static async Task<(string Script, string? Response, string? Error)> PredictAsync(
        IAgent agent, OmniActTask task, IReadOnlyList<string> sideFiles, CancellationToken cancellationToken)
    {
        try
        {
            var spec = new TaskSpec
            {
                Id = task.Index,
                Domain = $"{task.Platform}/{task.App}",
                Instruction = task.Instruction,
                Evaluator = new EvaluatorSpec { Funcs = ["omniact"] },
                SourcePath = task.TaskPath,
                ContentHash = "",
                Raw = new JsonObject { ["id"] = task.Index, ["instruction"] = task.Instruction },
            };
            await agent.ResetAsync(new AgentTaskContext(spec, 1, "screenshot"), cancellationToken).ConfigureAwait(false);
            var screenshot = await File.ReadAllBytesAsync(task.ScreenshotPath, cancellationToken).ConfigureAwait(false);
            var observation = new Observation
            {
                Instruction = task.Instruction,
                Screenshot = screenshot,
                StepIndex = 0,
                SideFiles = await ReadSideFilesAsync(task, sideFiles, cancellationToken).ConfigureAwait(false),
            };
            var reply = await agent.PredictAsync(observation, cancellationToken)
                .ConfigureAwait(false);
            var lines = reply.Actions
                .Where(a => !a.IsDone && !a.IsFail && !a.IsWait)
                .Select(a => a.ToString().Trim())
                .Where(code => code.Length > 0);
            return (string.Join('\n', lines), reply.Response, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ("", null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The script an earlier run stored for this item, or null (none, or unreadable: the item runs again).</summary>
    private static string? ReadStored(string path)
    {
        try
        {
            return File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject record && record["script"] is JsonValue script
                && script.TryGetValue(out string? text) ? text : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null;
        }
    }
}

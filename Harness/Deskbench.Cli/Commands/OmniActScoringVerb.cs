using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Deskbench.Evaluators.OmniAct;
using Deskbench.Evaluators.OmniAct.Predictions;
using Deskbench.Harness;
using Deskbench.Harness.Results;
using Deskbench.Tasks.OmniAct;

namespace Deskbench.Cli.Commands;

/// <summary>
/// Scores an existing OmniACT predictions file against a split of the dataset (no agent, no desktop), prints the Sequence
/// Score and Action Score with the penalties, and writes <c>&lt;results&gt;/omniact/&lt;split&gt;/&lt;mode&gt;/&lt;model&gt;/report.json</c> atomically.
/// </summary>
public sealed class OmniActScoringVerb(OmniActScoringSettings settings)
{
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OmniActTask> tasks;
        IReadOnlyList<string> predictions;
        try
        {
            tasks = await OmniActDatasetLoader.LoadSplitAsync(settings.DatasetRoot, settings.Split, cancellationToken).ConfigureAwait(false);
            predictions = await OmniActPredictionsReader.ReadAsync(settings.PredictionsPath, tasks.Count, cancellationToken).ConfigureAwait(false);
        }
        catch (OmniActDatasetException e)
        {
            throw new CliException($"--omniact-root '{settings.DatasetRoot}': {e.Message}");
        }
        catch (OmniActScoringException e)
        {
            throw new CliException($"--predictions: {e.Message}");
        }

        return await ScoreAndReportAsync(tasks, predictions, settings.Model ?? Path.GetFileNameWithoutExtension(settings.PredictionsPath), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Scores <paramref name="predictions"/> (aligned with <paramref name="tasks"/>), prints the scores and writes report.json.</summary>
    public async Task<int> ScoreAndReportAsync(IReadOnlyList<OmniActTask> tasks, IReadOnlyList<string> predictions, string model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        OmniActScoreReport report;
        try
        {
            report = OmniActScorer.Score(
                [.. tasks.Select(t => new OmniActGoldItem(t.Index, t.App, t.Platform, t.TaskFileText,
                    [.. t.Boxes.Select(b => new OmniActBox(b.Name, b.Left, b.Top, b.Right, b.Bottom))]))],
                predictions,
                settings.Mode);
        }
        catch (OmniActScoringException e)
        {
            throw new CliException(e.Message);
        }

        Print(report, tasks.Count);
        var folder = Path.Combine(Path.GetFullPath(settings.ResultsPath), "omniact", PathSegment.Sanitize(settings.Split),
            ModeName(settings.Mode), PathSegment.Sanitize(model));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "report.json");
        await AtomicFile.WriteAllTextAsync(path, JsonSerializer.Serialize(report, ReportJson), cancellationToken).ConfigureAwait(false);
        Console.Out.WriteLine($"wrote {path}");
        return 0;
    }

    private void Print(OmniActScoreReport report, int items)
    {
        var output = Console.Out;
        output.WriteLine($"OmniACT {settings.Split} split, {items} item(s), scoring mode: {ModeName(report.Mode)}");
        output.WriteLine($"{"",-12} {"items",6} {"Sequence Score",15} {"Action Score",13} {"click M_p",10} {"key K_p",9} {"write W_p",10}");
        Row(output, "overall", report.Overall);
        foreach (var (platform, totals) in report.ByPlatform)
        {
            Row(output, platform, totals);
        }

        foreach (var (app, totals) in report.ByApp)
        {
            Row(output, app, totals);
        }

        foreach (var fix in report.FixesApplied)
        {
            output.WriteLine($"fix applied: {fix.Fix} ({fix.AffectedItems} item(s) affected)");
        }

        foreach (var warning in report.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }
    }

    private static void Row(TextWriter output, string name, OmniActScoreTotals t) =>
        output.WriteLine($"{name,-12} {t.Items,6} {Percent(t.SequenceScore),15} {Percent(t.ActionScore),13} {Percent(t.ClickPenalty),10} {Percent(t.KeyPenalty),9} {Percent(t.WritePenalty),10}");

    private static string Percent(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string ModeName(OmniActScoringMode mode) => mode == OmniActScoringMode.Official ? "official" : "corrected";
}

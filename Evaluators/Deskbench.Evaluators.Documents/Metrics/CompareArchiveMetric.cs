using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Archives;
using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_archive(pred, gold, file_path="", file_type="text", **kwargs)</c> (chrome.py): both archives unpacked next
/// to themselves (<c>{name}_pred</c>, <c>{name}_gold</c> — the gold folder is reused when it exists), the sorted file
/// names under <c>file_path</c> must be equal, then each pair is scored by the metric of <c>file_type</c> (text, pdf,
/// docx, ppt, image, csv, table, audio, video) with the remaining options, and the scores are averaged.
/// </summary>
public sealed class CompareArchiveMetric : IMetric
{
    public string Name => "compare_archive";

    public async ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var predicted = PythonValues.AsString(call.Result);
        var gold = PythonValues.AsString(call.RequireExpected(Name));
        if (string.IsNullOrEmpty(predicted) || gold is null)
        {
            return 0;
        }

        var options = (JsonObject)call.Options.DeepClone();
        var subPath = options.Remove("file_path", out var sub) ? PythonFormatting.Str(sub) : string.Empty;
        var fileType = options.Remove("file_type", out var type) ? PythonFormatting.Str(type) : "text";
        var compare = Comparer(fileType);

        var predictedFolder = Path.ChangeExtension(predicted, null) + "_pred";
        var goldFolder = Path.ChangeExtension(gold, null) + "_gold";
        if (Directory.Exists(predictedFolder))
        {
            Directory.Delete(predictedFolder, recursive: true);
        }

        ArchiveExtractor.Extract(Name, predicted, predictedFolder);
        if (!Directory.Exists(goldFolder))
        {
            ArchiveExtractor.Extract(Name, gold, goldFolder);
        }

        var predictedFiles = Listing(Path.Combine(predictedFolder, subPath));
        var goldFiles = Listing(Path.Combine(goldFolder, subPath));
        if (!predictedFiles.SequenceEqual(goldFiles, StringComparer.Ordinal))
        {
            return 0;
        }

        if (predictedFiles.Count == 0)
        {
            throw new DivideByZeroException("compare_archive: the archives hold no files (division by zero in OSWorld)");
        }

        var score = 0.0;
        foreach (var (file1, file2) in predictedFiles.Zip(goldFiles))
        {
            var inner = new MetricCall(
                JsonValue.Create(Path.Combine(predictedFolder, subPath, file1)),
                JsonValue.Create(Path.Combine(goldFolder, subPath, file2)),
                true,
                (JsonObject)options.DeepClone());
            score += await compare.EvaluateAsync(inner, cancellationToken);
        }

        return score / predictedFiles.Count;
    }

    /// <summary>os.listdir sorted (files and folders by name, in code-point order).</summary>
    private static List<string> Listing(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static IMetric Comparer(string fileType) => fileType switch
    {
        "text" => new CompareTextFileMetric(),
        "pdf" => new ComparePdfsMetric(),
        "docx" => new CompareDocxFilesMetric(),
        "ppt" => new ComparePptxFilesMetric(),
        "image" => new CompareImagesMetric(),
        "csv" => new CompareCsvMetric(),
        "table" => new CompareTableMetric(),
        "audio" or "video" => MetricRegistry.BuiltIn.FirstOrDefault(m => m.Name == "compare_" + fileType + "s")
            ?? throw new NotSupportedException($"compare_archive: no compare_{fileType}s metric is registered"),
        _ => throw new MetricArgumentException($"[ERROR]: not support file type: {fileType}"),
    };
}

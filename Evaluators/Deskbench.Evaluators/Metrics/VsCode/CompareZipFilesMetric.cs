using System.IO.Compression;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.VsCode;

/// <summary>
/// <c>compare_zip_files(actual, expected)</c>: 1 when both archives hold the same set of names and every entry has the same
/// bytes; a <c>.pdf</c> entry whose bytes differ passes when the texts <c>pdftotext</c> extracts are at least 95 % similar
/// (difflib ratio), as OSWorld compares PDF text. A falsy path → 0; a missing or corrupt archive raises.
/// </summary>
public sealed class CompareZipFilesMetric : IMetric
{
    private const double PdfTextSimilarity = 0.95;

    public string Name => "compare_zip_files";

    public async ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        // OSWorld takes **options: keywords are accepted and ignored.
        var expected = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return 0.0;
        }

        using var actualZip = ZipFile.OpenRead(PythonIndexing.AsPath(call.Result));
        using var expectedZip = ZipFile.OpenRead(PythonIndexing.AsPath(expected));
        var actualNames = actualZip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var expectedNames = expectedZip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        if (!actualNames.SetEquals(expectedNames))
        {
            return 0.0;
        }

        foreach (var name in actualNames)
        {
            var first = await ReadAsync(actualZip.GetEntry(name)!, cancellationToken);
            var second = await ReadAsync(expectedZip.GetEntry(name)!, cancellationToken);
            if (first.AsSpan().SequenceEqual(second))
            {
                continue;
            }

            if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
                || await PdfText.SimilarityAsync(first, second, cancellationToken) < PdfTextSimilarity)
            {
                return 0.0;
            }
        }

        return 1.0;
    }

    private static async Task<byte[]> ReadAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        await using var stream = entry.Open();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
